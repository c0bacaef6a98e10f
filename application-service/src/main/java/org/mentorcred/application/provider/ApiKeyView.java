package org.mentorcred.application.provider;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An API key of a provider (never its secret)")
public record ApiKeyView(
        UUID id,
        @Schema(description = "The key's public part: it starts mcpk_<keyId>_", examples = "k3x9p2qa") String keyId,
        @Schema(examples = "production ERP") String label,
        Instant createdAt,
        String createdBy,
        @Schema(description = "Set once revoked") Instant revokedAt,
        @Schema(description = "Last successful use (to the minute)") Instant lastUsedAt) {

    public static ApiKeyView of(PartnerApiKey k) {
        return new ApiKeyView(k.id, k.keyId, k.label, k.createdAt, k.createdBy, k.revokedAt, k.lastUsedAt);
    }
}
