package org.mentorcred.notification.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The tests' real SMTP server (GreenMail) on a fixed free port: it can be stopped to play an outage and started
 * again on the same port, where the service keeps sending.
 */
public final class SmtpServer {

    private final int port;
    private GreenMail greenMail;

    SmtpServer(int port) {
        this.port = port;
    }

    public synchronized void start() {
        if (greenMail != null) {
            return;
        }
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(10_000);
        greenMail = new GreenMail(setup);
        greenMail.start();
    }

    /** Stops accepting connections; what it received so far is dropped with it. */
    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    public int port() {
        return port;
    }

    /** Every message received since the server last started, addressed to {@code recipient}. */
    public synchronized List<ReceivedEmail> messagesTo(String recipient) {
        if (greenMail == null) {
            return List.of();
        }
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> isTo(message, recipient))
                .map(ReceivedEmail::of)
                .toList();
    }

    /** Waits until exactly {@code count} messages to {@code recipient} arrived, and returns them. */
    public List<ReceivedEmail> awaitMessagesTo(String recipient, int count) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> messagesTo(recipient).size() >= count);
        List<ReceivedEmail> messages = messagesTo(recipient);
        if (messages.size() != count) {
            throw new AssertionError("Expected " + count + " emails to " + recipient + ", got " + messages.size()
                    + ": " + messages.stream().map(ReceivedEmail::subject).toList());
        }
        return messages;
    }

    /** Waits for the one email to {@code recipient}. */
    public ReceivedEmail awaitOneTo(String recipient) {
        return awaitMessagesTo(recipient, 1).get(0);
    }

    private static boolean isTo(MimeMessage message, String recipient) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
