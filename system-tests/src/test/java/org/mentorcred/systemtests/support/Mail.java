package org.mentorcred.systemtests.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * One email as the SMTP server received it: who it went to, its subject, notification-service's id for it, and (read
 * on demand, as counting many emails needs only their subjects) its plain-text part.
 */
public record Mail(List<String> to, String subject, String notificationId, MimeMessage message) {

    static Mail of(MimeMessage message) {
        try {
            List<String> to = new ArrayList<>();
            Address[] recipients = message.getAllRecipients();
            if (recipients != null) {
                for (Address address : recipients) {
                    to.add(address.toString());
                }
            }
            String[] id = message.getHeader("X-MentorCred-Notification");
            return new Mail(to, message.getSubject(), id == null ? null : id[0], message);
        } catch (MessagingException e) {
            throw new IllegalStateException("Unreadable email", e);
        }
    }

    /** The plain-text part, decoded. */
    public String text() {
        try {
            return plainText(message);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable email " + this, e);
        }
    }

    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    public boolean subjectContains(String fragment) {
        return subject != null && subject.contains(fragment);
    }

    @Override
    public String toString() {
        return to + " \"" + subject + "\"";
    }
}
