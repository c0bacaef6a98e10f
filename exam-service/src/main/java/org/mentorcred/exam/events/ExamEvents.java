package org.mentorcred.exam.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.mentorcred.exam.booking.CancelReason;
import org.mentorcred.exam.common.Level;
import org.mentorcred.exam.common.Topic;

/**
 * The events exam-service publishes on {@code exam-events}, exactly as their JSON Schemas in
 * {@code src/main/resources/events/schemas/} describe them. Keyed by the application id.
 */
public final class ExamEvents {

    public static final String TOPIC = "exam-events";

    public static final String EXAM_BOOKED = "org.mentorcred.exam.ExamBooked.v1";
    public static final String EXAM_BOOKING_CANCELLED = "org.mentorcred.exam.ExamBookingCancelled.v1";
    public static final String EXAM_BOOKING_MOVED = "org.mentorcred.exam.ExamBookingMoved.v1";
    public static final String EXAM_RESULT_RECORDED = "org.mentorcred.exam.ExamResultRecorded.v1";

    private ExamEvents() {
    }

    public record Centre(UUID centreId, String name, String address, String city, String country) {
    }

    public record Session(UUID sessionId, Instant startsAt, Centre centre) {
    }

    /** Where and when a moved session was before. */
    public record PreviousSlot(Instant startsAt, String centreName, String address, String city) {
    }

    public record ExamBooked(UUID bookingId, UUID applicationId, UUID authorizationId, UUID candidateId, Level level,
            Session session, int attemptNumber, UUID rescheduledFromSessionId, Instant bookedAt) {
    }

    public record ExamBookingCancelled(UUID bookingId, UUID applicationId, UUID candidateId, Level level,
            Session session, CancelReason reason, Instant cancelledAt) {
    }

    public record ExamBookingMoved(UUID bookingId, UUID applicationId, UUID candidateId, Level level,
            PreviousSlot previous, Session session, Instant movedAt, Instant changeableUntil) {
    }

    public record TopicScore(Topic topic, BigDecimal score, BigDecimal weightPercent, BigDecimal weightedPoints) {
    }

    public record ExamResultRecorded(UUID resultId, UUID bookingId, UUID applicationId, UUID candidateId, Level level,
            List<TopicScore> scores, BigDecimal weightedScore, BigDecimal passMark, boolean passed, int attemptNumber,
            int attemptsAllowed, int attemptsRemaining, LocalDate retakeAllowedFrom, Instant recordedAt,
            boolean noShow) {
    }
}
