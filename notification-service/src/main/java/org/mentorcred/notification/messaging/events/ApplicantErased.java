package org.mentorcred.notification.messaging.events;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** application-service's ApplicantErased, as far as this service reads it. */
public record ApplicantErased(@NotNull UUID applicationId, @NotNull UUID applicantId) {
}
