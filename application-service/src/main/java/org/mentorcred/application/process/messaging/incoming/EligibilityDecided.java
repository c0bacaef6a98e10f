package org.mentorcred.application.process.messaging.incoming;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** eligibility-service's {@code EligibilityDecided.v1}, the fields the process needs. */
public record EligibilityDecided(@NotNull UUID applicationId, @NotNull Boolean eligible, boolean pendingReview,
        int ruleSetVersion, List<Requirement> requirements) {

    public record Requirement(String code, String description, boolean met, boolean pendingReview, String explanation) {
    }
}
