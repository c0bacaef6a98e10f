package org.mentorcred.notification.messaging.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** {@code org.mentorcred.eligibility.EligibilityDecided.v1}: the applicant is reached through the projection. */
public record EligibilityDecided(
        @NotNull UUID applicationId,
        @NotBlank String programme,
        boolean eligible,
        boolean pendingReview,
        @NotNull Instant decidedAt,
        @NotNull List<@Valid @NotNull Requirement> requirements) {

    public record Requirement(
            @NotBlank String code,
            @NotBlank String description,
            String required,
            String actual,
            boolean met,
            boolean pendingReview,
            /** What is missing, in words a person can act on; may be null. */
            String explanation) {
    }

    /** Requirements that are not met and not left to a reviewer: what the applicant has to fix. */
    public List<Requirement> unmet() {
        return requirements.stream().filter(r -> !r.met() && !r.pendingReview()).toList();
    }

    /** Requirements a reviewer will judge (a significant contribution, say). */
    public List<Requirement> forReview() {
        return requirements.stream().filter(Requirement::pendingReview).toList();
    }
}
