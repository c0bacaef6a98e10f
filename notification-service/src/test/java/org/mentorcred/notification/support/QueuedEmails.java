package org.mentorcred.notification.support;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.mentorcred.notification.delivery.Notification;
import org.mentorcred.notification.delivery.NotificationStatus;

import io.micrometer.core.instrument.MeterRegistry;

/** Emails put straight into the delivery queue, as if an event had caused them, and what the dispatcher made of them. */
public final class QueuedEmails {

    private QueuedEmails() {
    }

    /** A pending email to {@code recipient}, due at {@code due}; persist it in a transaction. */
    public static Notification queued(String recipient, String subject, OffsetDateTime due) {
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.eventId = UUID.randomUUID().toString();
        n.eventType = "Test";
        n.template = "test";
        n.recipient = recipient;
        n.language = "en";
        n.subject = subject;
        n.htmlBody = "<p>" + subject + "</p>";
        n.textBody = subject;
        n.status = NotificationStatus.PENDING;
        n.nextAttemptAt = due;
        n.createdAt = due;
        n.updatedAt = due;
        return n;
    }

    /** Sends that failed and were retried or given up, in this application so far. */
    public static double failedSends(MeterRegistry meters) {
        return meters.counter("mentorcred.notifications.retried").count()
                + meters.counter("mentorcred.notifications.failed").count();
    }
}
