package org.mentorcred.payment.sandbox;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SandboxDelivery", description = "The webhook the sandbox sent for a confirmed (or failed) charge")
public record SandboxDelivery(
        @Schema(examples = "evt_4f1c0a9e2b7d4c8e9a472d6b8e1f0a11") String eventId,
        @Schema(examples = "charge.succeeded") String eventType,
        @Schema(examples = "http://127.0.0.1:8083/api/v1/payment-webhooks/sandbox") String webhookUrl,
        @Schema(description = "HTTP status the webhook endpoint answered", examples = "200") int webhookStatus) {
}
