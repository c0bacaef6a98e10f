package org.mentorcred.application.application.mapping;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who applies")
public record ApplicantSummary(UUID applicantId, @Schema(examples = "amara") String subject,
        @Schema(examples = "Amara Okafor") String name, @Schema(examples = "amara.okafor@example.org") String email) {
}
