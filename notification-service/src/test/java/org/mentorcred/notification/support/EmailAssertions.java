package org.mentorcred.notification.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

/** Readable checks on received emails. */
public final class EmailAssertions {

    private EmailAssertions() {
    }

    /** Addressed to {@code recipient} only, from the configured sender, with both parts, marked automatic. */
    public static void assertWellFormed(ReceivedEmail email, String recipient) {
        assertEquals(List.of(recipient), email.to(), "recipients");
        assertContains("From", email.from(), "no-reply@mentorcred.org");
        assertNotNull(email.text(), "plain-text part of " + email.subject());
        assertNotNull(email.html(), "HTML part of " + email.subject());
        assertNotNull(email.notificationId(), "X-MentorCred-Notification header");
        assertEquals("auto-generated", email.autoSubmitted(), "Auto-Submitted header");
    }

    /** Both parts carry each of {@code needles} (the HTML part as written, HTML-escaped). */
    public static void assertBothParts(ReceivedEmail email, String... needles) {
        assertContains("text part", email.text(), needles);
        for (String needle : needles) {
            assertContains("HTML part", email.html(), escape(needle));
        }
    }

    public static void assertContains(String what, String haystack, String... needles) {
        for (String needle : needles) {
            if (haystack == null || !haystack.contains(needle)) {
                fail(what + " lacks \"" + needle + "\":\n" + haystack);
            }
        }
    }

    public static void assertLacks(String what, String haystack, String... needles) {
        for (String needle : needles) {
            if (haystack != null && haystack.contains(needle)) {
                fail(what + " should not contain \"" + needle + "\":\n" + haystack);
            }
        }
    }

    /** How Qute escapes a value in an HTML template. */
    public static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
