package org.mentorcred.exam.calendar.rest;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.exam.calendar.ExamSession;
import org.mentorcred.exam.calendar.SessionStatus;
import org.mentorcred.exam.centre.TestingCentre;
import org.mentorcred.exam.centre.rest.CentreView;
import org.mentorcred.exam.common.Level;

@Schema(description = "An exam session at a testing centre")
public record SessionView(
        UUID id,
        CentreView centre,
        @Schema(description = "The level it is for; null: open to candidates of every level", examples = "PM",
                nullable = true) Level level,
        @Schema(description = "Start (UTC)", examples = "2027-03-20T09:00:00Z") Instant startsAt,
        @Schema(description = "Start in the centre's time zone", examples = "2027-03-20T09:00:00") LocalDateTime localStartsAt,
        @Schema(examples = "20") int seats,
        @Schema(examples = "7") int seatsTaken,
        @Schema(examples = "13") int seatsLeft,
        SessionStatus status,
        ExamSession.Origin origin,
        @Schema(nullable = true) String cancellationReason,
        @Schema(description = "Send it back when moving the session (optional optimistic check)", examples = "0") int version) {

    public static SessionView of(ExamSession s, TestingCentre centre) {
        return of(s, centre, s.seatsTaken);
    }

    /** With the seat count a booking's own UPDATE returned, fresher than the entity's. */
    public static SessionView of(ExamSession s, TestingCentre centre, int seatsTaken) {
        return new SessionView(s.id, CentreView.of(centre), s.level, s.startsAt,
                LocalDateTime.ofInstant(s.startsAt, centre.zone()), s.seats, seatsTaken, s.seats - seatsTaken, s.status,
                s.origin, s.cancellationReason, s.version);
    }
}
