package org.mentorcred.exam.calendar.rest;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What changes about a session: its start (startsAt or localStartsAt), its centre, its seats. "
        + "Candidates booked on it are told (ExamBookingMoved) when the start or the centre changes.")
public record MoveSessionRequest(
        @Schema(description = "New centre", nullable = true) UUID centreId,
        @Schema(description = "New start as an RFC 3339 timestamp", examples = "2027-03-27T09:00:00Z") OffsetDateTime startsAt,
        @Schema(description = "New start in the (new) centre's local time", examples = "2027-03-27T09:00:00")
        LocalDateTime localStartsAt,
        @Schema(description = "New number of seats, at least the seats already taken", examples = "25")
        @Min(1) @Max(10_000) Integer seats,
        @Schema(description = "The version you read; if given and stale, 409", examples = "0") @PositiveOrZero Integer version) {
}
