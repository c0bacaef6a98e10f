package org.mentorcred.application.review.service;

import java.time.Instant;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.mentorcred.application.application.Application;
import org.mentorcred.application.application.ApplicationStatus;
import org.mentorcred.application.application.service.StatusChanges;
import org.mentorcred.application.common.Actor;
import org.mentorcred.application.common.Times;
import org.mentorcred.application.review.ReferenceCheck;
import org.mentorcred.application.review.mapping.ReferenceCheckQuestion;
import org.mentorcred.application.review.repository.ReferenceCheckRepository;
import org.mentorcred.commons.problem.ProblemException;

/**
 * The referee's side of a reference check, reached without login through the single-use link: the token is
 * the only credential, so nothing is shown but the engagement to confirm, and an unknown, used or expired
 * token reveals nothing of any application.
 */
@ApplicationScoped
public class ReferenceCheckService {

    /** A referee, as the timeline records them. */
    static final Actor REFEREE = new Actor("referee", "referee");

    /** What {@link ReviewStart#newToken()} makes: 43 URL-safe characters. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    @Inject
    ReferenceCheckRepository checks;

    @Inject
    ReviewAccess access;

    @Inject
    StatusChanges statusChanges;

    @Transactional
    public ReferenceCheckQuestion question(String token) {
        ReferenceCheck check = usable(checks.byTokenHash(hashOf(token)).orElseThrow(ReferenceCheckService::notFound),
                null, Times.now());
        // Reading takes no lock: a public link must not be able to hold up the application's writers.
        Application app = access.find(check.applicationId);
        requireOpen(app);
        return question(check, app);
    }

    /** Confirms or denies the engagement, once. */
    @Transactional
    public ReferenceCheck.Status answer(String token, boolean confirmed, String comment) {
        String hash = hashOf(token);
        ReferenceCheck check = checks.byTokenHash(hash).orElseThrow(ReferenceCheckService::notFound);
        // The application first, then the check (re-read under its lock): the order every writer of both follows,
        // so two clicks at once answer once.
        Application app = access.lock(check.applicationId);
        checks.getEntityManager().refresh(check, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Times.now();
        usable(check, app, now);
        requireOpen(app);
        check.status = confirmed ? ReferenceCheck.Status.CONFIRMED : ReferenceCheck.Status.DENIED;
        check.method = ReferenceCheck.Method.LINK;
        check.comment = comment;
        check.respondedAt = now;
        check.recordedBy = REFEREE.subject();
        statusChanges.note(app, REFEREE, "Reference from " + check.refereeName + " " + check.status.name().toLowerCase()
                + " through the link" + (comment == null ? "" : ": " + comment), now, null);
        return check.status;
    }

    private static ReferenceCheck usable(ReferenceCheck check, Application app, Instant now) {
        if (check.answered()) {
            throw gone("reference-check-used", "This link was already used; thank you");
        }
        if (check.expiresAt == null || !now.isBefore(check.expiresAt)) {
            throw gone("reference-check-expired", "This link has expired; the reviewer may contact you directly");
        }
        return check;
    }

    private static void requireOpen(Application app) {
        if (app.status != ApplicationStatus.UNDER_REVIEW) {
            throw gone("reference-check-closed", "This application is no longer under review; nothing to confirm");
        }
    }

    private static ReferenceCheckQuestion question(ReferenceCheck c, Application app) {
        String hours = c.engagementHours == null ? "" : ", for about " + c.engagementHours.stripTrailingZeros().toPlainString()
                + " hours";
        String period = "from " + c.engagementStart + (c.engagementEnd == null ? " until now" : " to " + c.engagementEnd);
        return new ReferenceCheckQuestion(app.applicant.name, c.engagementStart, c.engagementEnd, c.engagementHours,
                "Did " + app.applicant.name + " mentor you (or the mentee you speak for) " + period + hours + "?",
                c.expiresAt);
    }

    /** A malformed token cannot exist: it is not found, without a database look-up of its hash. */
    private static String hashOf(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw notFound();
        }
        return ReviewStart.hash(token);
    }

    private static ProblemException notFound() {
        return new ProblemException(404, "reference-check-not-found", "Not found",
                "No reference check has this link; check that it was copied whole");
    }

    private static ProblemException gone(String type, String detail) {
        return new ProblemException(410, type, "Gone", detail);
    }
}
