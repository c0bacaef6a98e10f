package org.mentorcred.application.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an erasure did. */
@Schema(name = "ErasureReceipt", description = "The caller's personal data was anonymised")
public record ErasureReceipt(
        UUID applicantId,
        Instant erasedAt,
        @Schema(description = "Applications whose personal data was anonymised (kept for the registry and accounts)")
        List<UUID> applications,
        @Schema(description = "Open applications withdrawn first") List<UUID> withdrawn,
        @Schema(description = "Documents whose contents were deleted", examples = "3") int documentsDeleted,
        @Schema(description = "What was kept, and why") List<String> kept) {
}
