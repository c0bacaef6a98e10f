package org.mentorcred.application.applicant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.application.evidence.EducationLevel;

@Schema(description = "An applicant's profile as stored")
public record ApplicantView(
        UUID id,
        @Schema(description = "Subject of the applicant's bearer token", examples = "amara") String subject,
        @Schema(examples = "Amara Okafor") String name,
        @Schema(examples = "amara.okafor@example.org") String email,
        @Schema(description = "Whether the identity provider has verified this e-mail (a token with it as `email` and "
                + "`email_verified` true saved the profile). Partner completion records are matched only to a verified "
                + "e-mail; changing the e-mail makes it unverified until saved with such a token", examples = "true")
        boolean emailVerified,
        @Schema(examples = "en") String preferredLanguage,
        @Schema(examples = "GB") String country,
        @Schema(examples = "London") String city,
        @Schema(examples = "51.5072") double latitude,
        @Schema(examples = "-0.1276") double longitude,
        EducationLevel highestEducation,
        boolean member,
        LocalDate memberSince,
        @Schema(description = "Also sent as the ETag", examples = "0") long version,
        Instant createdAt,
        Instant updatedAt) {

    public static ApplicantView of(Applicant a) {
        return new ApplicantView(a.id, a.subject, a.name, a.email, a.emailVerified, a.preferredLanguage, a.country,
                a.city, a.latitude, a.longitude, a.highestEducation, a.member, a.memberSince, a.version, a.createdAt,
                a.updatedAt);
    }
}
