package org.mentorcred.exam.centre.rest;

import java.math.BigDecimal;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.exam.centre.TestingCentre;
import org.mentorcred.exam.common.Decimals;

@Schema(description = "A testing centre")
public record CentreView(
        UUID id,
        @Schema(examples = "MentorCred Testing Centre London") String name,
        @Schema(examples = "1 Example Street, EC1A 1BB") String address,
        @Schema(examples = "London") String city,
        @Schema(examples = "GB") String country,
        @Schema(examples = "51.5072") BigDecimal latitude,
        @Schema(examples = "-0.1276") BigDecimal longitude,
        @Schema(examples = "Europe/London") String timeZone,
        @Schema(examples = "20") int seatsPerSession,
        boolean active,
        @Schema(description = "Send it back when updating", examples = "0") int version) {

    public static CentreView of(TestingCentre c) {
        return new CentreView(c.id, c.name, c.address, c.city, c.country, Decimals.trimmed(c.latitude, 0),
                Decimals.trimmed(c.longitude, 0), c.timeZone, c.seatsPerSession, c.active, c.version);
    }
}
