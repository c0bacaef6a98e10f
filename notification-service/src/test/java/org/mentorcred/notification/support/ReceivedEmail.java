package org.mentorcred.notification.support;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** What arrived at the SMTP server, taken apart: envelope, subject, and the plain-text and HTML parts. */
public record ReceivedEmail(List<String> to, String from, String subject, String text, String html,
        String notificationId, String autoSubmitted) {

    static ReceivedEmail of(MimeMessage message) {
        try {
            String[] parts = new String[2];
            collect(message, parts);
            return new ReceivedEmail(
                    Arrays.stream(message.getAllRecipients()).map(Address::toString).toList(),
                    message.getFrom()[0].toString(),
                    message.getSubject(),
                    parts[0],
                    parts[1],
                    message.getHeader("X-MentorCred-Notification", null),
                    message.getHeader("Auto-Submitted", null));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable email", e);
        }
    }

    private static void collect(Part part, String[] parts) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") && parts[0] == null) {
            parts[0] = (String) part.getContent();
        } else if (part.isMimeType("text/html") && parts[1] == null) {
            parts[1] = (String) part.getContent();
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                collect(body, parts);
            }
        }
    }
}
