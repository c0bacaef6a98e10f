package org.mentorcred.application.review.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mentorcred.application.application.Application;
import org.mentorcred.application.application.ApplicationAction;
import org.mentorcred.application.application.ApplicationStateMachine;
import org.mentorcred.application.application.ApplicationStatus;
import org.mentorcred.application.application.mapping.ApplicationViews;
import org.mentorcred.application.application.service.StatusChanges;
import org.mentorcred.application.common.Actor;
import org.mentorcred.application.common.ETags;
import org.mentorcred.application.common.Times;
import org.mentorcred.application.credential.CredentialIssuance;
import org.mentorcred.application.messaging.ApplicationDecided;
import org.mentorcred.application.messaging.ApplicationEvents;
import org.mentorcred.application.messaging.Contact;
import org.mentorcred.application.review.ReferenceCheck;
import org.mentorcred.application.review.Review;
import org.mentorcred.application.review.mapping.ReferenceCheckSummary;
import org.mentorcred.application.review.mapping.ReferenceCheckView;
import org.mentorcred.application.review.mapping.ReviewQueueItem;
import org.mentorcred.application.review.mapping.ReviewView;
import org.mentorcred.application.review.repository.InformationRequestRepository;
import org.mentorcred.application.review.repository.ReferenceCheckRepository;
import org.mentorcred.application.review.repository.ReviewRepository;
import org.mentorcred.commons.api.Page;
import org.mentorcred.commons.api.PageParams;
import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.problem.Violation;
import org.mentorcred.commons.security.CurrentUser;

/** The reviewer's desk: the queue, assignment, reference checks by hand, and the decision. */
@ApplicationScoped
public class ReviewService {

    public enum Decision {
        APPROVED, REJECTED
    }

    @Inject
    ReviewAccess access;

    @Inject
    ReviewRepository reviews;

    @Inject
    ReferenceCheckRepository checks;

    @Inject
    InformationRequestRepository informationRequests;

    @Inject
    StatusChanges statusChanges;

    @Inject
    ApplicationEvents events;

    @Inject
    CredentialIssuance credentialIssuance;

    @Inject
    CurrentUser user;

    /** Applications under review, earliest target first (then the longest waiting). */
    @Transactional
    public Page<ReviewQueueItem> queue(PageParams paging) {
        List<Object[]> rows = reviews.getEntityManager().createQuery("""
                SELECT r, a FROM Review r, Application a JOIN FETCH a.applicant
                WHERE a.id = r.applicationId AND a.status = :status
                ORDER BY r.targetDate, r.startedAt, a.id""", Object[].class)
                .setParameter("status", ApplicationStatus.UNDER_REVIEW)
                .setFirstResult(paging.offset())
                .setMaxResults(paging.size)
                .getResultList();
        LocalDate today = today();
        List<ReviewQueueItem> items = rows.stream().map(row -> {
            Review r = (Review) row[0];
            Application a = (Application) row[1];
            return new ReviewQueueItem(a.id, a.programme, ApplicationViews.applicantOf(a.applicant), r.startedAt,
                    r.targetDate, r.targetWeeks, r.targetBasis, today.isAfter(r.targetDate), r.assignee, r.assignedAt,
                    summary(checks.of(a.id)), informationRequests.openOf(a.id));
        }).toList();
        return Page.of(items, paging, () -> reviews.getEntityManager().createQuery("""
                SELECT count(r) FROM Review r, Application a WHERE a.id = r.applicationId AND a.status = :status""",
                Long.class).setParameter("status", ApplicationStatus.UNDER_REVIEW).getSingleResult());
    }

    @Transactional
    public ReviewView get(UUID applicationId) {
        Application app = access.find(applicationId);
        return view(app, review(app));
    }

    /** The caller takes the application; again by the same reviewer changes nothing; another's is 409. */
    @Transactional
    public ReviewView assignToCaller(UUID applicationId) {
        Application app = access.lockUnderReview(applicationId, "assignment");
        Review review = review(app);
        String me = user.subject();
        if (review.assignee != null && !review.assignee.equals(me)) {
            throw ProblemException.conflict("already-assigned", "Reviewer " + review.assignee
                    + " has taken this application").with("assignee", review.assignee);
        }
        if (review.assignee == null) {
            Instant now = Times.now();
            review.assignee = me;
            review.assignedAt = now;
            statusChanges.note(app, Actor.of(user), "Taken by reviewer " + me, now, null);
            reviews.flush();
        }
        return view(app, review);
    }

    /**
     * Approves, or rejects with reasons (422 without). Emits {@code ApplicationDecided}; an approval issues the
     * credential in this same transaction. The decider must be the assignee (an unassigned application becomes
     * theirs).
     */
    @Transactional
    public ReviewView decide(UUID applicationId, Decision decision, List<String> reasons, String ifMatch) {
        Application app = access.lock(applicationId);
        ETags.check(ifMatch, app.version);
        ApplicationAction action = decision == Decision.APPROVED ? ApplicationAction.APPROVE : ApplicationAction.REJECT;
        ApplicationStateMachine.next(app.status, action);
        List<String> given = reasons == null ? List.of()
                : reasons.stream().filter(r -> r != null && !r.isBlank()).map(String::strip).toList();
        if (decision == Decision.REJECTED && given.isEmpty()) {
            throw ProblemException.unprocessable("reasons-required", "A rejection needs its reasons",
                    List.of(new Violation("reasons", "give at least one reason for the rejection")));
        }
        Review review = review(app);
        String me = user.subject();
        if (review.assignee != null && !review.assignee.equals(me)) {
            throw ProblemException.conflict("assigned-to-another-reviewer", "Reviewer " + review.assignee
                    + " has taken this application; only they decide it").with("assignee", review.assignee);
        }
        Instant now = Times.now();
        if (review.assignee == null) {
            review.assignee = me;
            review.assignedAt = now;
        }
        statusChanges.apply(app, action, Actor.of(user), decision == Decision.APPROVED
                ? "Approved" + (given.isEmpty() ? "" : ": " + String.join("; ", given))
                : "Rejected: " + String.join("; ", given), now, null);
        review.decision = decision.name();
        review.decisionReasons = given.toArray(String[]::new);
        review.decidedBy = me;
        review.decidedAt = now;
        events.decided(new ApplicationDecided(app.id, app.programme, Contact.of(app.applicant), decision.name(), given,
                now));
        if (decision == Decision.APPROVED) {
            credentialIssuance.issueFor(app);
        }
        reviews.flush();
        return view(app, review);
    }

    @Transactional
    public List<ReferenceCheckView> referenceChecks(UUID applicationId) {
        Application app = access.find(applicationId);
        Instant now = Times.now();
        return checks.of(app.id).stream().map(c -> ReferenceCheckView.of(c, now)).toList();
    }

    /** The reviewer checked a reference by phone or e-mail; its link, if any, is then used up. */
    @Transactional
    public ReferenceCheckView recordByHand(UUID applicationId, UUID checkId, ReferenceCheck.Method method,
            boolean confirmed, String comment) {
        if (method == ReferenceCheck.Method.LINK) {
            throw ProblemException.unprocessable("validation", "A check by hand is made by PHONE or EMAIL",
                    List.of(new Violation("method", "must be PHONE or EMAIL")));
        }
        Application app = access.lockUnderReview(applicationId, "recording a reference check");
        ReferenceCheck check = checks.findByIdOptional(checkId).filter(c -> c.applicationId.equals(app.id))
                .orElseThrow(() -> ProblemException.notFound("Reference check", checkId));
        if (check.answered()) {
            throw ProblemException.conflict("reference-check-answered", "This reference was already "
                    + check.status.name().toLowerCase() + " (" + check.method + ")")
                    .with("checkStatus", check.status.name());
        }
        Instant now = Times.now();
        check.status = confirmed ? ReferenceCheck.Status.CONFIRMED : ReferenceCheck.Status.DENIED;
        check.method = method;
        check.comment = comment;
        check.respondedAt = now;
        check.recordedBy = user.subject();
        statusChanges.note(app, Actor.of(user), "Reference from " + check.refereeName + " "
                + check.status.name().toLowerCase() + " by " + method.name().toLowerCase()
                + (comment == null ? "" : ": " + comment), now, null);
        checks.flush();
        return ReferenceCheckView.of(check, now);
    }

    private Review review(Application app) {
        Review review = reviews.findById(app.id);
        if (review == null) {
            throw ProblemException.conflict("not-under-review", "Application " + app.id + " has not been reviewed; it is "
                    + app.status).with("currentState", app.status.name());
        }
        return review;
    }

    public ReviewView view(Application app, Review r) {
        return new ReviewView(app.id, app.status, app.version, r.startedAt, r.targetDate, r.targetWeeks, r.targetBasis,
                r.decision == null && today().isAfter(r.targetDate), r.assignee, r.assignedAt, r.decision,
                r.decisionReasons == null ? List.of() : List.of(r.decisionReasons), r.decidedBy, r.decidedAt);
    }

    static ReferenceCheckSummary summary(List<ReferenceCheck> all) {
        Map<ReferenceCheck.Status, Long> counts = all.stream()
                .collect(Collectors.groupingBy(c -> c.status, Collectors.counting()));
        return new ReferenceCheckSummary(counts.getOrDefault(ReferenceCheck.Status.REQUESTED, 0L),
                counts.getOrDefault(ReferenceCheck.Status.MANUAL, 0L),
                counts.getOrDefault(ReferenceCheck.Status.CONFIRMED, 0L),
                counts.getOrDefault(ReferenceCheck.Status.DENIED, 0L));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
