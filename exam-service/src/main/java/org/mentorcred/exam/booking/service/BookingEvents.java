package org.mentorcred.exam.booking.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mentorcred.commons.outbox.Outbox;
import org.mentorcred.exam.booking.Booking;
import org.mentorcred.exam.calendar.ExamSession;
import org.mentorcred.exam.centre.TestingCentre;
import org.mentorcred.exam.events.ExamEvents;
import org.mentorcred.exam.events.ExamEvents.ExamBooked;
import org.mentorcred.exam.events.ExamEvents.ExamBookingCancelled;
import org.mentorcred.exam.events.ExamEvents.ExamBookingMoved;

/** Maps bookings to the booking events and records them in the outbox, in the caller's transaction. */
@ApplicationScoped
public class BookingEvents {

    @Inject
    Outbox outbox;

    public void booked(Booking b, ExamSession session, TestingCentre centre) {
        outbox.publish(ExamEvents.TOPIC, b.applicationId.toString(), ExamEvents.EXAM_BOOKED,
                new ExamBooked(b.id, b.applicationId, b.authorizationId, b.candidateId, b.level, session(session, centre),
                        b.attemptNumber, b.rescheduledFromSessionId, b.bookedAt));
    }

    public void cancelled(Booking b, ExamSession session, TestingCentre centre) {
        outbox.publish(ExamEvents.TOPIC, b.applicationId.toString(), ExamEvents.EXAM_BOOKING_CANCELLED,
                new ExamBookingCancelled(b.id, b.applicationId, b.candidateId, b.level, session(session, centre),
                        b.cancelReason, b.cancelledAt));
    }

    public void moved(Booking b, ExamEvents.PreviousSlot previous, ExamSession session, TestingCentre centre,
            Instant movedAt, Instant changeableUntil) {
        outbox.publish(ExamEvents.TOPIC, b.applicationId.toString(), ExamEvents.EXAM_BOOKING_MOVED,
                new ExamBookingMoved(b.id, b.applicationId, b.candidateId, b.level, previous, session(session, centre),
                        movedAt, changeableUntil));
    }

    public static ExamEvents.Session session(ExamSession session, TestingCentre centre) {
        return new ExamEvents.Session(session.id, session.startsAt, new ExamEvents.Centre(centre.id, centre.name,
                centre.address, centre.city, centre.country));
    }
}
