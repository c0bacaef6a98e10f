package org.mentorcred.exam.booking.service;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.mentorcred.commons.api.Page;
import org.mentorcred.commons.api.PageParams;
import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.problem.Violation;
import org.mentorcred.exam.authorization.AuthorizationStatus;
import org.mentorcred.exam.authorization.ExamAuthorization;
import org.mentorcred.exam.authorization.repository.AuthorizationRepository;
import org.mentorcred.exam.booking.Booking;
import org.mentorcred.exam.booking.BookingStatus;
import org.mentorcred.exam.booking.CancelReason;
import org.mentorcred.exam.booking.config.BookingConfig;
import org.mentorcred.exam.booking.repository.BookingRepository;
import org.mentorcred.exam.booking.rest.BookRequest;
import org.mentorcred.exam.booking.rest.BookingView;
import org.mentorcred.exam.calendar.ExamSession;
import org.mentorcred.exam.calendar.SessionStatus;
import org.mentorcred.exam.calendar.repository.SessionRepository;
import org.mentorcred.exam.calendar.rest.SessionView;
import org.mentorcred.exam.centre.TestingCentre;
import org.mentorcred.exam.centre.repository.CentreRepository;
import org.mentorcred.exam.common.Constraints;
import org.mentorcred.exam.common.Level;
import org.mentorcred.exam.common.TimeSource;
import org.mentorcred.exam.events.ExamEvents;
import org.mentorcred.exam.result.service.AttemptService;
import org.mentorcred.exam.result.service.AttemptStatus;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * Seats and bookings. The database decides every race: a seat is taken by a conditional UPDATE of the session
 * row ({@link SessionRepository#takeSeat}), one active booking per authorisation is a partial unique index, and a
 * booking's own changes are version-checked. Existing rows are locked session row(s) first, then booking rows, and
 * two session rows in id order, so concurrent bookings, cancellations, reschedules and admin changes queue behind
 * each other instead of deadlocking. A new booking is inserted (and its event recorded) before its seat is taken,
 * so a crowd booking one session holds the session's row lock only from its seat UPDATE to its commit.
 */
@ApplicationScoped
public class BookingService {

    static final String ONE_ACTIVE_BOOKING = "booking_one_active_per_authorization";

    @Inject
    BookingRepository bookings;

    @Inject
    SessionRepository sessions;

    @Inject
    CentreRepository centres;

    @Inject
    AuthorizationRepository authorizations;

    @Inject
    AttemptService attempts;

    @Inject
    BookingEvents events;

    @Inject
    BookingConfig config;

    @Inject
    TimeSource time;

    @Transactional
    public BookingView book(String subject, BookRequest request) {
        ExamSession session = requireSession(request.sessionId());
        ExamAuthorization authorization = authorizationFor(subject, session, request.authorizationId());
        requireBookable(session, authorization.level);
        AttemptStatus status = attempts.requireMayBook(authorization, time.today());
        bookings.activeOf(authorization.id).ifPresent(active -> {
            throw alreadyBooked(active.id);
        });
        // Fast path for a crowd: a session already full when read needs no booking row, no event and no wait for the
        // session's row lock. Only a shortcut: the conditional UPDATE in takeSeat still decides every race.
        if (session.seatsLeft() <= 0) {
            throw sessionFull(session);
        }
        TestingCentre centre = centre(session); // for the event and the answer: not read by those turned away
        Booking booking = insert(authorization, session, status.nextAttemptNumber(), null, time.now());
        events.booked(booking, session, centre);
        // Last: the session row stays locked only until the commit that follows.
        int seatsTaken = takeSeat(session);
        return BookingView.of(booking, SessionView.of(session, centre, seatsTaken), cutoff(session));
    }

    @Transactional
    public BookingView reschedule(String subject, UUID bookingId, UUID toSessionId) {
        Booking old = requireOwned(subject, bookingId);
        requireActive(old);
        if (old.sessionId.equals(toSessionId)) {
            throw ProblemException.unprocessable("same-session", "The booking is already for session " + toSessionId,
                    List.of(new Violation("sessionId", "is the booking's current session")));
        }
        ExamSession from = requireSession(old.sessionId);
        ExamSession to = requireSession(toSessionId);
        requireChangeable(old, from);
        requireBookable(to, old.level);
        ExamAuthorization authorization = authorizations.findById(old.authorizationId);
        if (authorization == null || authorization.status != AuthorizationStatus.ACTIVE) {
            throw notAuthorized();
        }
        // Session rows before booking rows, and the two sessions in id order: opposite reschedules, cancellations
        // and an admin cancelling a session queue behind each other instead of deadlocking.
        int seatsTaken;
        if (from.id.compareTo(to.id) < 0) {
            releaseSeat(old, from);
            seatsTaken = takeSeat(to);
        } else {
            seatsTaken = takeSeat(to);
            releaseSeat(old, from);
        }
        Instant now = time.now();
        old.cancel(CancelReason.RESCHEDULED, now);
        // The old booking stops being active before the new one is inserted (partial unique index).
        bookings.flush();
        Booking replacement = insert(authorization, to, old.attemptNumber, old, now);
        events.cancelled(old, from, centre(from));
        TestingCentre toCentre = centre(to);
        events.booked(replacement, to, toCentre);
        return BookingView.of(replacement, SessionView.of(to, toCentre, seatsTaken), cutoff(to));
    }

    @Transactional
    public BookingView cancel(String subject, UUID bookingId) {
        Booking booking = requireOwned(subject, bookingId);
        requireActive(booking);
        ExamSession session = requireSession(booking.sessionId);
        requireChangeable(booking, session);
        releaseSeat(booking, session);
        booking.cancel(CancelReason.CANDIDATE, time.now());
        bookings.flush();
        events.cancelled(booking, session, centre(session));
        return view(booking);
    }

    /** An admin cancelled the (locked) session: every active booking on it is cancelled and told. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int sessionCancelled(ExamSession session, TestingCentre centre) {
        List<Booking> active = bookings.activeOnSession(session.id);
        Instant now = time.now();
        for (Booking booking : active) {
            booking.cancel(CancelReason.SESSION_CANCELLED, now);
            events.cancelled(booking, session, centre);
        }
        bookings.flush();
        sessions.releaseSeats(session.id, active.size());
        return active.size();
    }

    /**
     * An admin moved the (locked) session: every candidate booked on it is told where and when it is now, and until
     * when they may choose another session or cancel free of charge: {@code moved-change-window} from now (never past
     * the session's start), or the new session's usual cut-off if that is later.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int sessionMoved(ExamSession session, TestingCentre centre, ExamEvents.PreviousSlot previous) {
        List<Booking> active = bookings.activeOnSession(session.id);
        Instant now = time.now();
        Instant window = now.plus(config.movedChangeWindow());
        Instant until = latest(cutoff(session), window.isBefore(session.startsAt) ? window : session.startsAt);
        for (Booking booking : active) {
            booking.changeableUntil = until;
            events.moved(booking, previous, session, centre, now, until);
        }
        return active.size();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** The application was withdrawn: its active booking (if any) is cancelled, whatever the cut-off. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void authorizationRevoked(ExamAuthorization authorization) {
        bookings.activeOf(authorization.id).ifPresent(booking -> {
            ExamSession session = requireSession(booking.sessionId);
            sessions.releaseSeats(session.id, 1);
            booking.cancel(CancelReason.APPLICATION_WITHDRAWN, time.now());
            bookings.flush();
            events.cancelled(booking, session, centre(session));
        });
    }

    /** The booking; if {@code owner} is given, only if it is theirs (403 otherwise). */
    @Transactional
    public BookingView get(UUID id, String owner) {
        Booking booking = require(id);
        if (owner != null && !owner.equals(booking.subject)) {
            throw ProblemException.forbidden("This booking belongs to someone else");
        }
        return view(booking);
    }

    @Transactional
    public Page<BookingView> list(String subject, UUID sessionId, UUID applicationId, BookingStatus status,
            PageParams page) {
        PanacheQuery<Booking> query = bookings.search(subject, sessionId, applicationId, status, page);
        return Page.of(views(query.list()), page, query::count);
    }

    public Booking require(UUID id) {
        Booking booking = bookings.findById(id);
        if (booking == null) {
            throw ProblemException.notFound("Booking", id);
        }
        return booking;
    }

    /** When candidates can no longer book, move or cancel a seat at the session. */
    public Instant cutoff(ExamSession session) {
        return session.startsAt.minus(config.changeCutoff());
    }

    /** Until when this booking may be rescheduled or cancelled: the session's cut-off, or the window a move gave. */
    public Instant changeableUntil(Booking booking, ExamSession session) {
        Instant cutoff = cutoff(session);
        return booking.changeableUntil == null ? cutoff : latest(cutoff, booking.changeableUntil);
    }

    /**
     * Takes a seat, or says why not. The UPDATE also checks that the session is still the version read at the
     * start of the transaction, so the cut-off and the event's time and place were checked against what is booked.
     *
     * @return the seats taken afterwards
     */
    private int takeSeat(ExamSession session) {
        OptionalInt taken = sessions.takeSeat(session.id, session.version);
        if (taken.isPresent()) {
            return taken.getAsInt();
        }
        ExamSession now = sessions.reload(session);
        if (now.status == SessionStatus.CANCELLED) {
            throw sessionCancelled(now);
        }
        if (now.seatsLeft() <= 0) {
            throw sessionFull(now);
        }
        throw ProblemException.conflict("session-changed", "Session " + now.id + " was changed meanwhile; look at it "
                + "again and retry").with("currentVersion", now.version);
    }

    /** Gives a seat back; the session row is locked from here on, so its cut-off is checked again under the lock. */
    private void releaseSeat(Booking booking, ExamSession session) {
        sessions.releaseSeats(session.id, 1);
        requireChangeable(booking, sessions.reload(session));
    }

    private Booking insert(ExamAuthorization authorization, ExamSession session, int attemptNumber, Booking replaced,
            Instant now) {
        Booking booking = new Booking();
        booking.id = UUID.randomUUID();
        booking.authorizationId = authorization.id;
        booking.applicationId = authorization.applicationId;
        booking.candidateId = authorization.candidateId;
        booking.subject = authorization.subject;
        booking.level = authorization.level;
        booking.sessionId = session.id;
        booking.attemptNumber = attemptNumber;
        booking.status = BookingStatus.BOOKED;
        booking.bookedAt = now;
        if (replaced != null) {
            booking.rescheduledFromBookingId = replaced.id;
            booking.rescheduledFromSessionId = replaced.sessionId;
        }
        bookings.persist(booking);
        try {
            bookings.flush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, ONE_ACTIVE_BOOKING)) {
                throw alreadyBooked(null);
            }
            throw e;
        }
        return booking;
    }

    /**
     * The authorisation a booking uses: the one named, or the candidate's only active one that the session
     * admits. No active authorisation at all is 403; authorisations only for other levels is 422.
     */
    private ExamAuthorization authorizationFor(String subject, ExamSession session, UUID authorizationId) {
        if (authorizationId != null) {
            ExamAuthorization named = authorizations.findById(authorizationId);
            if (named == null || !named.subject.equals(subject) || named.status != AuthorizationStatus.ACTIVE) {
                throw notAuthorized();
            }
            if (!session.admits(named.level)) {
                throw wrongLevel(session, Set.of(named.level));
            }
            return named;
        }
        List<ExamAuthorization> active = authorizations.activeOf(subject);
        if (active.isEmpty()) {
            throw notAuthorized();
        }
        List<ExamAuthorization> admitted = active.stream().filter(a -> session.admits(a.level)).toList();
        if (admitted.isEmpty()) {
            throw wrongLevel(session, active.stream().map(a -> a.level).collect(Collectors.toSet()));
        }
        if (admitted.size() > 1) {
            throw ProblemException.unprocessable("authorization-ambiguous", "You hold several authorisations this "
                    + "session admits; say which one to use",
                    List.of(new Violation("authorizationId", "is required: one of " + admitted.stream()
                            .map(a -> a.id + " (" + a.level + ")").collect(Collectors.joining(", ")))));
        }
        return admitted.get(0);
    }

    private void requireBookable(ExamSession session, Level level) {
        if (!session.admits(level)) {
            throw wrongLevel(session, Set.of(level));
        }
        requireOpenForBooking(session);
    }

    private static ProblemException sessionFull(ExamSession session) {
        return ProblemException.conflict("session-full", "Session " + session.id + " has no seat left")
                .with("seats", session.seats);
    }

    private void requireOpenForBooking(ExamSession session) {
        if (session.status == SessionStatus.CANCELLED) {
            throw sessionCancelled(session);
        }
        Instant closesAt = cutoff(session);
        if (!time.now().isBefore(closesAt)) {
            throw ProblemException.conflict("booking-closed", "Bookings for session " + session.id + " closed at "
                    + closesAt + " (" + config.changeCutoff().toDays() + " days before it starts)")
                    .with("closedAt", closesAt.toString());
        }
    }

    private void requireChangeable(Booking booking, ExamSession session) {
        Instant until = changeableUntil(booking, session);
        if (!time.now().isBefore(until)) {
            throw ProblemException.conflict("change-cutoff-passed", "This booking could be moved or cancelled until "
                    + until + (booking.changeableUntil == null ? " (" + config.changeCutoff().toDays()
                            + " days before the session)" : " (the window given when the session was moved)")
                    + "; that has passed")
                    .with("changeableUntil", until.toString());
        }
    }

    private static void requireActive(Booking booking) {
        if (booking.status != BookingStatus.BOOKED) {
            throw ProblemException.conflict("booking-not-active", "Booking " + booking.id + " is " + booking.status)
                    .with("currentState", booking.status.name());
        }
    }

    private Booking requireOwned(String subject, UUID bookingId) {
        Booking booking = require(bookingId);
        if (!booking.subject.equals(subject)) {
            throw ProblemException.forbidden("This booking belongs to someone else");
        }
        return booking;
    }

    private ExamSession requireSession(UUID id) {
        ExamSession session = sessions.findById(id);
        if (session == null) {
            throw ProblemException.notFound("Exam session", id);
        }
        return session;
    }

    private TestingCentre centre(ExamSession session) {
        return centres.findById(session.centreId);
    }

    static ProblemException notAuthorized() {
        return new ProblemException(403, "not-authorized", "Forbidden",
                "You hold no active authorisation to sit an exam; it comes with your application once your training "
                        + "is complete and the fee is paid");
    }

    private static ProblemException wrongLevel(ExamSession session, Set<Level> authorized) {
        return ProblemException.unprocessable("wrong-level", "Session " + session.id + " is for level " + session.level
                + "; you are authorised for " + new TreeSet<>(authorized),
                List.of(new Violation("sessionId", "is a session for level " + session.level)));
    }

    private static ProblemException alreadyBooked(UUID activeBookingId) {
        ProblemException problem = ProblemException.conflict("already-booked",
                "You already hold a booking with this authorisation; move or cancel it instead");
        return activeBookingId == null ? problem : problem.with("bookingId", activeBookingId.toString());
    }

    private static ProblemException sessionCancelled(ExamSession session) {
        return ProblemException.conflict("session-cancelled", "Session " + session.id + " is cancelled")
                .with("currentState", session.status.name());
    }

    public BookingView view(Booking booking) {
        return views(List.of(booking)).get(0);
    }

    public List<BookingView> views(List<Booking> list) {
        Set<UUID> sessionIds = list.stream().map(b -> b.sessionId).collect(Collectors.toCollection(HashSet::new));
        Map<UUID, ExamSession> sessionsById = sessions.inOrder(List.copyOf(sessionIds)).stream()
                .collect(Collectors.toMap(s -> s.id, s -> s));
        Map<UUID, TestingCentre> centresById = centres.byIds(
                sessionsById.values().stream().map(s -> s.centreId).collect(Collectors.toSet()));
        return list.stream().map(b -> {
            ExamSession s = sessionsById.get(b.sessionId);
            return BookingView.of(b, SessionView.of(s, centresById.get(s.centreId)), changeableUntil(b, s));
        }).toList();
    }
}
