package org.mentorcred.application.applicant;

import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.application.common.PersonName;
import org.mentorcred.application.evidence.EducationLevel;

/** What an applicant tells about themselves; events carry it so no service has to ask again. */
@Schema(description = "The applicant's profile")
public record ApplicantProfile(
        @NotBlank @PersonName @Schema(examples = "Amara Okafor", maxLength = 100) String name,
        @NotBlank @Email @Size(max = 320) @Schema(examples = "amara.okafor@example.org") String email,
        @NotBlank @Pattern(regexp = LANGUAGE_TAG, message = "must be a BCP 47 language tag such as en, de or pt-BR")
        @Schema(description = "BCP 47 language tag for messages", examples = "en") String preferredLanguage,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 country code such as GB")
        @Schema(examples = "GB") String country,
        @NotBlank @Size(max = 120) @Schema(examples = "London") String city,
        @NotNull @DecimalMin("-90") @DecimalMax("90") @Schema(examples = "51.5072") Double latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") @Schema(examples = "-0.1276") Double longitude,
        @NotNull EducationLevel highestEducation,
        @NotNull @Schema(description = "Member of the body (member prices)") Boolean member,
        @PastOrPresent @Schema(description = "Required for members, absent otherwise", examples = "2021-03-01") LocalDate memberSince) {

    /** The pattern the event contracts use for languages. */
    public static final String LANGUAGE_TAG = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*";
}
