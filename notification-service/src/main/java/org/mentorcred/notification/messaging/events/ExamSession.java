package org.mentorcred.notification.messaging.events;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** An exam session as exam-service's booking events describe it. */
public record ExamSession(@NotNull Instant startsAt, @NotNull @Valid Centre centre) {

    public record Centre(@NotBlank String name, @NotBlank String address, @NotBlank String city, String country) {
    }
}
