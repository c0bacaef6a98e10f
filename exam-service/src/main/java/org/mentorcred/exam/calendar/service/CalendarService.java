package org.mentorcred.exam.calendar.service;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.mentorcred.commons.api.Page;
import org.mentorcred.commons.api.PageParams;
import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.problem.Violation;
import org.mentorcred.exam.booking.service.BookingService;
import org.mentorcred.exam.calendar.ExamSession;
import org.mentorcred.exam.calendar.SessionStatus;
import org.mentorcred.exam.calendar.config.CalendarConfig;
import org.mentorcred.exam.calendar.repository.SessionFilter;
import org.mentorcred.exam.calendar.repository.SessionRepository;
import org.mentorcred.exam.calendar.rest.GenerateRequest;
import org.mentorcred.exam.calendar.rest.GenerateResult;
import org.mentorcred.exam.calendar.rest.MoveSessionRequest;
import org.mentorcred.exam.calendar.rest.NewSessionRequest;
import org.mentorcred.exam.calendar.rest.SessionView;
import org.mentorcred.exam.calendar.rest.TemplateView;
import org.mentorcred.exam.centre.TestingCentre;
import org.mentorcred.exam.centre.repository.CentreRepository;
import org.mentorcred.exam.common.Constraints;
import org.mentorcred.exam.common.Level;
import org.mentorcred.exam.common.TimeSource;
import org.mentorcred.exam.events.ExamEvents;

import io.quarkus.runtime.Startup;

/**
 * The exam calendar: a year of sessions generated from the template, sessions added, moved and cancelled by
 * admins. Moving or cancelling a session tells each candidate booked on it, in the same transaction.
 */
@Startup
@ApplicationScoped
public class CalendarService {

    static final String SLOT = "exam_session_slot";

    @Inject
    SessionRepository sessions;

    @Inject
    CentreRepository centres;

    @Inject
    BookingService bookings;

    @Inject
    CalendarConfig config;

    @Inject
    TimeSource time;

    private CalendarTemplate template;

    /** A template that makes no sense stops the start instead of generating nonsense later. */
    @PostConstruct
    void checkTemplate() {
        template = CalendarTemplate.of(config);
    }

    public TemplateView template() {
        return new TemplateView(template.months().stream().sorted().toList(), template.weekOfMonth(),
                template.dayOfWeek(), template.startTimes().stream().sorted().toList());
    }

    /**
     * Creates the year's template sessions that do not exist yet: per centre, template date and start time, one
     * per requested level (or one open to every level). Slots already in the past are skipped.
     */
    @Transactional
    public GenerateResult generate(GenerateRequest request) {
        List<TestingCentre> targets = targetCentres(request.centreIds());
        List<Level> levels = request.levels() == null || request.levels().isEmpty()
                ? Arrays.asList((Level) null)
                : List.copyOf(new LinkedHashSet<>(request.levels()));
        Instant now = time.now();
        int created = 0;
        int existing = 0;
        int past = 0;
        List<UUID> createdIds = new ArrayList<>();
        for (TestingCentre centre : targets) {
            for (LocalDateTime local : template.localStarts(request.year())) {
                Instant startsAt = local.atZone(centre.zone()).toInstant();
                for (Level level : levels) {
                    if (!startsAt.isAfter(now)) {
                        past++;
                        continue;
                    }
                    UUID id = UUID.randomUUID();
                    if (sessions.insertFromTemplate(id, centre.id, level, startsAt, centre.seatsPerSession, now)) {
                        created++;
                        createdIds.add(id);
                    } else {
                        existing++;
                    }
                }
            }
        }
        return new GenerateResult(request.year(), targets.size(), created, existing, past, createdIds);
    }

    @Transactional
    public SessionView add(NewSessionRequest request) {
        TestingCentre centre = activeCentre(request.centreId(), "centreId");
        Instant startsAt = startOf(request.startsAt(), request.localStartsAt(), centre, true);
        requireFuture(startsAt);
        if (sessions.slotTaken(centre.id, request.level(), startsAt, new UUID(0, 0))) {
            throw slotTaken(centre, request.level(), startsAt);
        }
        ExamSession session = new ExamSession();
        session.id = UUID.randomUUID();
        session.centreId = centre.id;
        session.level = request.level();
        session.startsAt = startsAt;
        session.seats = request.seats() != null ? request.seats() : centre.seatsPerSession;
        session.status = SessionStatus.SCHEDULED;
        session.origin = ExamSession.Origin.MANUAL;
        session.createdAt = time.now();
        session.updatedAt = session.createdAt;
        sessions.persist(session);
        flushSlot(centre, session);
        return SessionView.of(session, centre);
    }

    @Transactional
    public SessionView move(UUID id, MoveSessionRequest request) {
        if (request.centreId() == null && request.startsAt() == null && request.localStartsAt() == null
                && request.seats() == null) {
            throw ProblemException.badRequest("Say what changes: centreId, startsAt or localStartsAt, seats",
                    List.of(new Violation("body", "changes nothing")));
        }
        ExamSession session = lockChangeable(id, request.version());
        TestingCentre previousCentre = centres.findById(session.centreId);
        Instant previousStart = session.startsAt;
        TestingCentre centre = request.centreId() == null ? previousCentre : activeCentre(request.centreId(), "centreId");
        Instant startsAt = request.startsAt() == null && request.localStartsAt() == null ? previousStart
                : startOf(request.startsAt(), request.localStartsAt(), centre, false);
        if (!startsAt.equals(previousStart)) {
            requireFuture(startsAt);
        }
        if (request.seats() != null && request.seats() < session.seatsTaken) {
            throw ProblemException.conflict("seats-below-bookings", "Session " + id + " has " + session.seatsTaken
                    + " seats booked; it cannot have fewer seats").with("seatsTaken", session.seatsTaken);
        }
        boolean placeChanged = !centre.id.equals(previousCentre.id) || !startsAt.equals(previousStart);
        if (placeChanged && sessions.slotTaken(centre.id, session.level, startsAt, session.id)) {
            throw slotTaken(centre, session.level, startsAt);
        }
        session.centreId = centre.id;
        session.startsAt = startsAt;
        if (request.seats() != null) {
            session.seats = request.seats();
        }
        session.updatedAt = time.now();
        flushSlot(centre, session);
        if (placeChanged) {
            bookings.sessionMoved(session, centre, new ExamEvents.PreviousSlot(previousStart, previousCentre.name,
                    previousCentre.address, previousCentre.city));
        }
        return SessionView.of(session, centre);
    }

    @Transactional
    public SessionView cancel(UUID id, String reason) {
        ExamSession session = lockChangeable(id, null);
        TestingCentre centre = centres.findById(session.centreId);
        session.status = SessionStatus.CANCELLED;
        session.cancellationReason = reason == null || reason.isBlank() ? null : reason.strip();
        session.updatedAt = time.now();
        sessions.flush();
        bookings.sessionCancelled(session, centre);
        return SessionView.of(sessions.reload(session), centre);
    }

    @Transactional
    public SessionView get(UUID id) {
        ExamSession session = sessions.findById(id);
        if (session == null) {
            throw ProblemException.notFound("Exam session", id);
        }
        return SessionView.of(session, centres.findById(session.centreId));
    }

    @Transactional
    public Page<SessionView> list(SessionFilter filter, PageParams page) {
        SessionRepository.Found found = sessions.search(filter, page);
        List<ExamSession> list = sessions.inOrder(found.ids());
        Map<UUID, TestingCentre> byId = centres.byIds(list.stream().map(s -> s.centreId).distinct().toList());
        return Page.of(list.stream().map(s -> SessionView.of(s, byId.get(s.centreId))).toList(), page, found.total());
    }

    /** The session, locked, if an admin may still change it: scheduled, not started, version as expected. */
    private ExamSession lockChangeable(UUID id, Integer expectedVersion) {
        ExamSession session = sessions.lock(id);
        if (session == null) {
            throw ProblemException.notFound("Exam session", id);
        }
        if (session.status == SessionStatus.CANCELLED) {
            throw ProblemException.conflict("session-cancelled", "Session " + id + " is cancelled")
                    .with("currentState", session.status.name());
        }
        if (!session.startsAt.isAfter(time.now())) {
            throw ProblemException.conflict("session-started", "Session " + id + " started at " + session.startsAt
                    + "; it can no longer be moved or cancelled");
        }
        if (expectedVersion != null && expectedVersion != session.version) {
            throw ProblemException.conflict("stale-version", "Session " + id + " was changed meanwhile (version "
                    + session.version + ", you sent " + expectedVersion + ")").with("currentVersion", session.version);
        }
        return session;
    }

    private List<TestingCentre> targetCentres(List<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            return centres.allActive();
        }
        List<TestingCentre> found = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        List<UUID> distinct = List.copyOf(new LinkedHashSet<>(ids));
        Map<UUID, TestingCentre> byId = centres.byIds(distinct);
        for (int i = 0; i < distinct.size(); i++) {
            TestingCentre centre = byId.get(distinct.get(i));
            if (centre == null) {
                violations.add(new Violation("centreIds[" + i + "]", "no centre " + distinct.get(i)));
            } else if (!centre.active) {
                violations.add(new Violation("centreIds[" + i + "]", "centre " + centre.id + " is inactive"));
            } else {
                found.add(centre);
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable("unknown-or-inactive-centre", "Sessions are generated only for "
                    + "existing, active centres", violations);
        }
        return found;
    }

    private TestingCentre activeCentre(UUID id, String field) {
        TestingCentre centre = centres.findById(id);
        if (centre == null || !centre.active) {
            throw ProblemException.unprocessable("unknown-or-inactive-centre", "Sessions are held only at existing, "
                    + "active centres", List.of(new Violation(field, centre == null ? "no centre " + id
                            : "centre " + id + " is inactive")));
        }
        return centre;
    }

    private static Instant startOf(OffsetDateTime startsAt, LocalDateTime localStartsAt, TestingCentre centre,
            boolean required) {
        if (startsAt != null && localStartsAt != null) {
            throw ProblemException.badRequest("Give the start once: startsAt or localStartsAt",
                    List.of(new Violation("localStartsAt", "must be omitted when startsAt is given")));
        }
        if (startsAt != null) {
            return startsAt.toInstant();
        }
        if (localStartsAt != null) {
            return localStartsAt.atZone(centre.zone()).toInstant();
        }
        if (required) {
            throw ProblemException.badRequest("A session needs a start: startsAt or localStartsAt",
                    List.of(new Violation("startsAt", "must not be null")));
        }
        return null;
    }

    private void requireFuture(Instant startsAt) {
        if (!startsAt.isAfter(time.now())) {
            throw ProblemException.unprocessable("session-in-past", "A session must start in the future",
                    List.of(new Violation("startsAt", "is not in the future: " + startsAt)));
        }
    }

    private void flushSlot(TestingCentre centre, ExamSession session) {
        try {
            sessions.flush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, SLOT)) {
                throw slotTaken(centre, session.level, session.startsAt);
            }
            throw e;
        }
    }

    private static ProblemException slotTaken(TestingCentre centre, Level level, Instant startsAt) {
        return ProblemException.conflict("slot-taken", "Centre " + centre.name + " already has a "
                + (level == null ? "all-levels" : level.name()) + " session starting at " + startsAt);
    }
}
