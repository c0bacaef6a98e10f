package org.mentorcred.application.process;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonRawValue;

@Schema(description = "An event that did not fit its application's state (or named an unknown application)")
public record UnexpectedEventView(
        long id,
        @Schema(description = "Its ce_id") String eventId,
        @Schema(examples = "org.mentorcred.payment.PaymentSucceeded.v1") String eventType,
        @Schema(examples = "payment-events") String topic,
        @Schema(description = "Null if no such application exists") UUID applicationId,
        @Schema(description = "The application's status when the event arrived", examples = "WITHDRAWN") String applicationStatus,
        @Schema(examples = "A payment of the fee does not fit an application that is WITHDRAWN") String reason,
        @Schema(description = "The event's data as received", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT)
        @JsonRawValue String payload,
        Instant receivedAt) {

    public static UnexpectedEventView of(UnexpectedEvent e) {
        return new UnexpectedEventView(e.id, e.eventId, e.eventType, e.topic, e.applicationId, e.applicationStatus,
                e.reason, e.payload, e.receivedAt);
    }
}
