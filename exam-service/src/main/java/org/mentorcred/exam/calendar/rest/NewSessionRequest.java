package org.mentorcred.exam.calendar.rest;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.exam.common.Level;

@Schema(description = "A session an admin adds outside the template. Give startsAt or localStartsAt, not both.")
public record NewSessionRequest(
        @NotNull UUID centreId,
        @Schema(description = "Omit for a session open to every level", examples = "PM", nullable = true) Level level,
        @Schema(description = "Start as an RFC 3339 timestamp", examples = "2027-04-10T09:00:00Z") OffsetDateTime startsAt,
        @Schema(description = "Start in the centre's local time", examples = "2027-04-10T10:00:00") LocalDateTime localStartsAt,
        @Schema(description = "Defaults to the centre's seats per session", examples = "20") @Min(1) @Max(10_000) Integer seats) {
}
