package org.mentorcred.notification.delivery.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.notification.delivery.Notification;
import org.mentorcred.notification.delivery.NotificationStatus;

/** A row of the delivery log, without the email's body. */
@Schema(name = "Notification", description = "One email to one recipient and what became of it")
public record NotificationView(
        @Schema(examples = "5b0e2f4c-8a71-4c1e-9d3b-2f6a8c0e1d47") UUID id,
        @Schema(description = "The event that caused it (its ce_id)", examples = "9c1d7e2a-3b4f-4a5c-8d6e-7f8091a2b3c4") String eventId,
        @Schema(examples = "org.mentorcred.payment.InvoiceIssued.v1") String eventType,
        @Schema(examples = "3f0c2a9e-5b1d-4c8e-9a47-2d6b8e1f0a11") UUID applicationId,
        @Schema(examples = "invoice-issued") String template,
        @Schema(description = "Null while the recipient is not known", examples = "amara.okafor@example.org") String recipient,
        @Schema(description = "Language the email is written in", examples = "en") String language,
        @Schema(examples = "Invoice INV-2026-000123: USD 170.00 due by 20 December 2026") String subject,
        NotificationStatus status,
        @Schema(description = "Send attempts so far", examples = "1") int attempts,
        @Schema(description = "Why the last attempt failed", examples = "ConnectException: Connection refused") String lastError,
        @Schema(description = "When the next attempt is due (PENDING only)") OffsetDateTime nextAttemptAt,
        OffsetDateTime sentAt,
        OffsetDateTime createdAt,
        @Schema(description = "The notification this one sends again, for a resend") UUID resendOf) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.eventId, n.eventType, n.applicationId, n.template, n.recipient, n.language,
                n.subject, n.status, n.attempts, n.lastError, n.nextAttemptAt, n.sentAt, n.createdAt, n.resendOf);
    }
}
