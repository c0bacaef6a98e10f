package org.mentorcred.notification.messaging.events;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code org.mentorcred.application.TrainingProviderAssigned.v1}: told to the applicant and to the provider. */
public record TrainingProviderAssigned(
        @NotNull UUID applicationId,
        @NotBlank String programme,
        @NotNull @Valid Applicant applicant,
        @NotNull @Valid Provider provider,
        BigDecimal distanceKm) {

    public record Applicant(
            @NotBlank @Size(max = 300) String name,
            @NotBlank @Email @Size(max = 320) String email,
            @Size(max = 35) String preferredLanguage,
            String city,
            String country) {
    }

    public record Provider(
            @NotBlank String name,
            String contactName,
            @NotBlank @Email @Size(max = 320) String email,
            String phone,
            String city,
            String country,
            @Size(max = 35) String preferredLanguage) {
    }
}
