package org.mentorcred.payment.messaging.incoming;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.mentorcred.payment.fee.Programme;

/** The fields of eligibility-service's EligibilityDecided this service reads. */
public record EligibilityDecided(
        @NotNull UUID decisionId,
        @NotNull UUID applicationId,
        @NotNull UUID applicantId,
        @NotNull Programme programme,
        @NotNull Boolean eligible,
        Boolean pendingReview,
        @NotNull Instant decidedAt) {
}
