package org.mentorcred.payment.webhook.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookReceipt", description = "What this service did with a provider's webhook")
public record WebhookReceipt(
        @Schema(examples = "evt_4f1c0a9e2b7d4c8e9a472d6b8e1f0a11") String eventId,
        @Schema(description = "processed: applied now; duplicate: applied before (a replay changes nothing); "
                + "ignored: an event this service does not act on", examples = "processed") String outcome) {

    public static final String PROCESSED = "processed";
    public static final String DUPLICATE = "duplicate";
    public static final String IGNORED = "ignored";
}
