package org.mentorcred.application.review.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How far an application's reference checks are")
public record ReferenceCheckSummary(
        @Schema(description = "Links sent, not answered yet") long requested,
        @Schema(description = "To be checked by the reviewer by phone or e-mail") long manual,
        long confirmed,
        long denied) {
}
