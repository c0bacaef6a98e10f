package org.mentorcred.payment.messaging.incoming;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** The fields of application-service's ApplicantErased this service reads. */
public record ApplicantErased(@NotNull UUID applicationId, @NotNull UUID applicantId) {
}
