package org.mentorcred.exam.result.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.mentorcred.commons.api.Page;
import org.mentorcred.commons.api.PageParams;
import org.mentorcred.commons.outbox.Outbox;
import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.problem.Violation;
import org.mentorcred.exam.authorization.ExamAuthorization;
import org.mentorcred.exam.authorization.repository.AuthorizationRepository;
import org.mentorcred.exam.booking.Booking;
import org.mentorcred.exam.booking.BookingStatus;
import org.mentorcred.exam.booking.repository.BookingRepository;
import org.mentorcred.exam.booking.service.BookingService;
import org.mentorcred.exam.calendar.ExamSession;
import org.mentorcred.exam.calendar.repository.SessionRepository;
import org.mentorcred.exam.centre.TestingCentre;
import org.mentorcred.exam.centre.repository.CentreRepository;
import org.mentorcred.exam.common.Constraints;
import org.mentorcred.exam.common.Level;
import org.mentorcred.exam.common.TimeSource;
import org.mentorcred.exam.common.Topic;
import org.mentorcred.exam.events.ExamEvents;
import org.mentorcred.exam.result.ExamResult;
import org.mentorcred.exam.result.config.ResultConfig;
import org.mentorcred.exam.result.repository.ResultRepository;
import org.mentorcred.exam.result.rest.ResultRequest;
import org.mentorcred.exam.result.rest.ResultView;
import org.mentorcred.exam.result.rest.WeightsView;
import org.mentorcred.exam.result.weights.WeightedScore;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Exam results: a proctor's topic scores, weighted by the level's weights, once per booking. */
@ApplicationScoped
public class ResultService {

    private static final Logger LOG = Logger.getLogger(ResultService.class);

    static final String ONE_RESULT_PER_BOOKING = "exam_result_booking_id";

    @Inject
    ResultRepository results;

    @Inject
    BookingService bookings;

    @Inject
    BookingRepository bookingRecords;

    @Inject
    SessionRepository sessions;

    @Inject
    CentreRepository centres;

    @Inject
    AuthorizationRepository authorizations;

    @Inject
    ExamRules rules;

    @Inject
    ResultConfig config;

    @Inject
    Outbox outbox;

    @Inject
    TimeSource time;

    @Transactional
    public ResultView record(UUID bookingId, ResultRequest request, String proctor) {
        Map<Topic, BigDecimal> scores = allEightOnce(request.scores());
        return record(bookings.require(bookingId), scores, proctor, false);
    }

    /** Who the no-show job records its results as. */
    public static final String NO_SHOW_RECORDER = "system:no-show";

    /** A no-show's scores: every topic 0. */
    private static final Map<Topic, BigDecimal> NO_SCORES = zeroScores();

    /** No-shows one run of the job records at most; the next run takes the rest. */
    private static final int NO_SHOW_BATCH = 100;

    /**
     * Records a no-show for each booking (up to a batch) whose session started {@code no-show-after} before
     * {@code now} with no result: a failed attempt with every score 0 ({@link BookingStatus#NO_SHOW}), announced as
     * ExamResultRecorded with {@code noShow}. Each booking in a transaction of its own, taken with {@code SKIP LOCKED},
     * so instances running the job at once record each no-show once, and one that fails does not hold up the rest.
     *
     * @return the bookings recorded as no-shows
     */
    public int recordNoShows(Instant now) {
        List<UUID> due = QuarkusTransaction.requiringNew()
                .call(() -> bookingRecords.noShowsDue(now.minus(config.noShowAfter()), NO_SHOW_BATCH));
        int recorded = 0;
        for (UUID bookingId : due) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> bookingRecords.lockIfBooked(bookingId)
                        .map(booking -> record(booking, NO_SCORES, NO_SHOW_RECORDER, true)).isPresent())) {
                    recorded++;
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "The no-show of booking %s could not be recorded; the next run tries again", bookingId);
            }
        }
        return recorded;
    }

    private static Map<Topic, BigDecimal> zeroScores() {
        Map<Topic, BigDecimal> zero = new EnumMap<>(Topic.class);
        for (Topic topic : Topic.values()) {
            zero.put(topic, BigDecimal.ZERO);
        }
        return java.util.Collections.unmodifiableMap(zero);
    }

    private ResultView record(Booking booking, Map<Topic, BigDecimal> scores, String recorder, boolean noShow) {
        UUID bookingId = booking.id;
        results.ofBooking(bookingId).ifPresent(existing -> {
            throw resultExists(existing.id);
        });
        if (booking.status != BookingStatus.BOOKED) {
            throw ProblemException.conflict("booking-not-active", "Booking " + bookingId + " is " + booking.status
                    + "; only a booked seat gets a result").with("currentState", booking.status.name());
        }
        ExamSession session = sessions.findById(booking.sessionId);
        Instant now = time.now();
        if (now.isBefore(session.startsAt)) {
            throw ProblemException.conflict("exam-not-started", "The exam of booking " + bookingId + " starts at "
                    + session.startsAt + "; its result can be recorded after that")
                    .with("startsAt", session.startsAt.toString());
        }
        ExamAuthorization authorization = authorizations.findById(booking.authorizationId);
        TestingCentre centre = centres.findById(session.centreId);
        Level level = booking.level;
        WeightedScore scored = WeightedScore.of(rules.weights().of(level), scores, rules.passMark(level));

        int used = Math.max(authorization.attemptsUsedReported,
                (int) results.count("applicationId", booking.applicationId) + 1);
        int remaining = Math.max(0, authorization.attemptsAllowed - used);
        LocalDate examDate = LocalDate.ofInstant(session.startsAt, centre.zone());

        ExamResult result = new ExamResult();
        result.id = UUID.randomUUID();
        result.bookingId = booking.id;
        result.authorizationId = booking.authorizationId;
        result.applicationId = booking.applicationId;
        result.candidateId = booking.candidateId;
        result.subject = booking.subject;
        result.level = level;
        result.weightsVersion = rules.weights().version();
        for (WeightedScore.TopicPoints points : scored.topics()) {
            ExamResult.TopicScore score = new ExamResult.TopicScore();
            score.topic = points.topic();
            score.score = points.score();
            score.weightPercent = points.weightPercent();
            score.weightedPoints = points.weightedPoints();
            result.scores.add(score);
        }
        result.weightedScore = scored.weightedScore();
        result.passMark = scored.passMark();
        result.passed = scored.passed();
        result.examDate = examDate;
        result.attemptNumber = booking.attemptNumber;
        result.attemptsAllowed = authorization.attemptsAllowed;
        result.attemptsRemaining = remaining;
        result.retakeAllowedFrom = !scored.passed() && remaining > 0
                ? examDate.plusDays(config.retakeWaitingDays()) : null;
        result.recordedBy = recorder;
        result.recordedAt = now;
        result.noShow = noShow;

        booking.status = noShow ? BookingStatus.NO_SHOW : BookingStatus.SAT;
        results.persist(result);
        try {
            results.flush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, ONE_RESULT_PER_BOOKING)) {
                throw resultExists(null);
            }
            throw e;
        }
        ResultView view = ResultView.of(result);
        outbox.publish(ExamEvents.TOPIC, booking.applicationId.toString(), ExamEvents.EXAM_RESULT_RECORDED,
                new ExamEvents.ExamResultRecorded(view.id(), view.bookingId(), view.applicationId(), view.candidateId(),
                        view.level(), view.scores().stream().map(s -> new ExamEvents.TopicScore(s.topic(), s.score(),
                                s.weightPercent(), s.weightedPoints())).toList(),
                        view.weightedScore(), view.passMark(), view.passed(), view.attemptNumber(),
                        view.attemptsAllowed(), view.attemptsRemaining(), view.retakeAllowedFrom(), view.recordedAt(),
                        view.noShow()));
        return view;
    }

    /** The result; if {@code owner} is given, only if it is theirs (403 otherwise). */
    @Transactional
    public ResultView get(UUID id, String owner) {
        ExamResult result = results.findById(id);
        if (result == null) {
            throw ProblemException.notFound("Exam result", id);
        }
        return owned(result, owner);
    }

    /** The booking's result; if {@code owner} is given, only if it is theirs (403 otherwise). */
    @Transactional
    public ResultView ofBooking(UUID bookingId, String owner) {
        Booking booking = bookings.require(bookingId);
        if (owner != null && !owner.equals(booking.subject)) {
            throw ProblemException.forbidden("This booking belongs to someone else");
        }
        return ResultView.of(results.ofBooking(bookingId)
                .orElseThrow(() -> new ProblemException(404, "not-found", "Not found",
                        "Booking " + bookingId + " has no result yet")));
    }

    private static ResultView owned(ExamResult result, String owner) {
        if (owner != null && !owner.equals(result.subject)) {
            throw ProblemException.forbidden("This result belongs to someone else");
        }
        return ResultView.of(result);
    }

    @Transactional
    public Page<ResultView> list(String subject, UUID applicationId, Boolean passed, PageParams page) {
        PanacheQuery<ExamResult> query = results.search(subject, applicationId, passed, page);
        return Page.of(query.list().stream().map(ResultView::of).toList(), page, query::count);
    }

    public WeightsView weights() {
        List<WeightsView.LevelWeights> levels = new ArrayList<>();
        for (Level level : Level.values()) {
            levels.add(new WeightsView.LevelWeights(level, rules.passMark(level),
                    rules.weights().of(level).entrySet().stream()
                            .map(e -> new WeightsView.TopicWeight(e.getKey(), e.getValue())).toList()));
        }
        return new WeightsView(rules.weights().version(), levels);
    }

    /** All eight topics, each once: anything else is a 400 naming each missing or repeated topic. */
    static Map<Topic, BigDecimal> allEightOnce(List<ResultRequest.TopicScore> scores) {
        Map<Topic, BigDecimal> byTopic = new EnumMap<>(Topic.class);
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            ResultRequest.TopicScore score = scores.get(i);
            if (byTopic.putIfAbsent(score.topic(), score.score()) != null) {
                violations.add(new Violation("scores[" + i + "].topic", score.topic() + " is scored twice"));
            }
        }
        Arrays.stream(Topic.values()).filter(t -> !byTopic.containsKey(t))
                .forEach(t -> violations.add(new Violation("scores", "no score for " + t)));
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "validation", "Invalid request",
                    "Score each of the eight topics exactly once", violations);
        }
        return byTopic;
    }

    private static ProblemException resultExists(UUID resultId) {
        ProblemException problem = ProblemException.conflict("result-exists", "This booking already has its result");
        return resultId == null ? problem : problem.with("resultId", resultId.toString());
    }
}
