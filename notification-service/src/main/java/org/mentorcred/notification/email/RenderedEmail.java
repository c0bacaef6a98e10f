package org.mentorcred.notification.email;

/** An email ready to send: one subject line, an HTML part and a plain-text part. */
public record RenderedEmail(String subject, String html, String text) {
}
