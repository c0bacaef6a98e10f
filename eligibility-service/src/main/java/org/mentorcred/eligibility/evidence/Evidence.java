package org.mentorcred.eligibility.evidence;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An applicant's evidence as this service reads it: the fields of {@code ApplicationSubmitted.evidence}
 * that eligibility depends on (a tolerant reader: every other field is ignored). The pre-check takes the
 * same shape. A missing list reads as empty; a missing object as not given.
 */
@Schema(description = "The applicant's evidence, shaped like ApplicationSubmitted's evidence (fields eligibility does not read may be left out)")
public record Evidence(
        @Schema(description = "Completed mentoring trainings") @Size(max = 1000) List<@NotNull @Valid Training> trainings,
        @Schema(description = "Mentoring engagements") @Size(max = 5000) List<@NotNull @Valid Engagement> engagements,
        @Schema(description = "Supervision declaration (IMC CPM)", nullable = true) @Valid Supervision supervision,
        @Schema(description = "Highest education, with its document", nullable = true) @Valid Education education,
        @Schema(description = "Management and mentoring/coaching experience (fast track)", nullable = true) @Valid Experience experience,
        @Schema(description = "Credentials already held") @Size(max = 500) List<@NotNull @Valid CredentialHeld> credentialsHeld,
        @Schema(description = "Adoption of the code of ethics and conduct", nullable = true) @Valid Ethics ethics,
        @Schema(description = "Statement of a significant contribution to the profession (IPMA MM)", nullable = true) @Valid Contribution contribution) {

    public Evidence {
        trainings = trainings == null ? List.of() : trainings;
        engagements = engagements == null ? List.of() : engagements;
        credentialsHeld = credentialsHeld == null ? List.of() : credentialsHeld;
    }

    /** No evidence at all. */
    public static Evidence none() {
        return new Evidence(null, null, null, null, null, null, null, null);
    }
}
