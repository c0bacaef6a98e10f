package org.mentorcred.application.provider;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.application.applicant.ApplicantProfile;
import org.mentorcred.application.evidence.CentreType;

@Schema(description = "A partner training provider")
public record TrainingProviderInput(
        @NotBlank @Size(max = 200) @Schema(examples = "Thames Mentoring QTSP") String name,
        @NotNull CentreType type,
        @Size(max = 500) @Schema(examples = "1 King's Road, Reading RG1 3AR") String address,
        @NotBlank @Size(max = 120) @Schema(examples = "Reading") String city,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 country code such as GB")
        @Schema(examples = "GB") String country,
        @NotNull @DecimalMin("-90") @DecimalMax("90") @Schema(examples = "51.4543") Double latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") @Schema(examples = "-0.9781") Double longitude,
        @Size(max = 200) @Schema(examples = "Olivia Grant") String contactName,
        @NotBlank @Email @Size(max = 320) @Schema(examples = "programmes@thames-qtsp.example.org") String contactEmail,
        @Size(max = 40) @Schema(examples = "+44 20 7946 0000") String contactPhone,
        @Pattern(regexp = ApplicantProfile.LANGUAGE_TAG, message = "must be a BCP 47 language tag such as en, de or pt-BR")
        @Schema(examples = "en") String preferredLanguage,
        @NotNull @Schema(description = "Inactive providers are not assigned and their API keys are refused") Boolean active) {
}
