package org.mentorcred.application.provider;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new API key. The key is shown this once: only its hash is kept")
public record CreatedApiKey(
        UUID id,
        @Schema(examples = "k3x9p2qa") String keyId,
        @Schema(description = "Send it as X-API-Key", examples = "mcpk_k3x9p2qa_Q2hhbmdlTWVJbkFSZWFsS2V5Tm90QUV4YW1wbGUx") String key,
        String label,
        Instant createdAt) {
}
