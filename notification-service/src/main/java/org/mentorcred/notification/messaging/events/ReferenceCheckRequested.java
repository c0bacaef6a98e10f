package org.mentorcred.notification.messaging.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code org.mentorcred.application.ReferenceCheckRequested.v1}: the referee is asked to confirm an engagement. */
public record ReferenceCheckRequested(
        @NotNull UUID applicationId,
        @NotNull @Valid Person applicant,
        @NotNull @Valid Referee referee,
        @NotNull @Valid Engagement engagement,
        @NotBlank @Pattern(regexp = Links.HTTP_URL) String confirmationUrl,
        @NotNull Instant expiresAt) {

    public record Referee(
            @NotBlank @Size(max = 300) String name,
            @NotBlank @Email @Size(max = 320) String email,
            String role) {
    }

    public record Engagement(@NotBlank String menteeName, @NotNull LocalDate startDate, LocalDate endDate) {
    }
}
