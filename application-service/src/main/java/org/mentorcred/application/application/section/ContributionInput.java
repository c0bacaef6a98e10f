package org.mentorcred.application.application.section;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The significant-contribution statement and its evidence documents")
public record ContributionInput(
        @NotBlank @Size(max = 20_000) @Schema(examples = "I founded and lead the national mentoring network for ...") String statement,
        @Size(max = 20) @Schema(description = "Evidence, uploaded to this application") List<@NotNull UUID> documentIds) {
}
