package org.mentorcred.benchmarks;

import java.util.HashMap;
import java.util.Map;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;

/** The suite's SMTP server (GreenMail, in this JVM): when it accepted each message, by recipient and subject. */
final class Mailbox {

    private final GreenMail smtp;

    Mailbox(GreenMail smtp) {
        this.smtp = smtp;
    }

    /** Epoch milliseconds at which the first message to each recipient whose subject starts so was received. */
    Map<String, Long> receivedBySubjectPrefix(String subjectPrefix) {
        Map<String, Long> received = new HashMap<>();
        for (StoredMessage message : smtp.getManagers().getImapHostManager().getAllMessages()) {
            try {
                String subject = message.getMimeMessage().getSubject();
                if (subject == null || !subject.startsWith(subjectPrefix)) {
                    continue;
                }
                Address[] to = message.getMimeMessage().getAllRecipients();
                if (to == null) {
                    continue;
                }
                long at = message.getReceivedDate().getTime();
                for (Address address : to) {
                    String email = address instanceof InternetAddress ia ? ia.getAddress() : address.toString();
                    received.merge(email.toLowerCase(), at, Math::min);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return received;
    }

    /** Forgets every message, so the next run searches only its own. */
    void purge() {
        try {
            smtp.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
