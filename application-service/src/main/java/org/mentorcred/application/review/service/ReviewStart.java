package org.mentorcred.application.review.service;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mentorcred.application.application.Application;
import org.mentorcred.application.application.ApplicationAction;
import org.mentorcred.application.application.service.EvidenceAssembler;
import org.mentorcred.application.application.service.StatusChanges;
import org.mentorcred.application.common.Actor;
import org.mentorcred.application.common.EmailAddresses;
import org.mentorcred.application.common.Sha256;
import org.mentorcred.application.evidence.EngagementEvidence;
import org.mentorcred.application.evidence.ReferenceEvidence;
import org.mentorcred.application.evidence.TrainingEvidence;
import org.mentorcred.application.messaging.ApplicationEvents;
import org.mentorcred.application.messaging.Contact;
import org.mentorcred.application.messaging.ReferenceCheckRequested;
import org.mentorcred.application.process.ExamLevels;
import org.mentorcred.application.review.ReferenceCheck;
import org.mentorcred.application.review.Review;
import org.mentorcred.application.review.config.ReviewConfig;
import org.mentorcred.application.review.repository.ReferenceCheckRepository;
import org.mentorcred.application.review.repository.ReviewRepository;

/**
 * An application enters UNDER_REVIEW: its target date is set from its trainings' centre types, and each
 * reference of the submitted evidence gets a check — a single-use link to a referee who agreed to be contacted
 * ({@code ReferenceCheckRequested}), otherwise a check the reviewer makes by hand.
 */
@ApplicationScoped
public class ReviewStart {

    static final String DEFAULT_BASIS = "DEFAULT";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    StatusChanges statusChanges;

    @Inject
    EvidenceAssembler evidence;

    @Inject
    ReviewRepository reviews;

    @Inject
    ReferenceCheckRepository checks;

    @Inject
    ApplicationEvents events;

    @Inject
    ReviewConfig config;

    /** Target of a review: the weeks and the centre type that set them. */
    public record Target(int weeks, String basis) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void start(Application app, Actor actor, String reason, Instant now, String eventType) {
        statusChanges.apply(app, ApplicationAction.START_REVIEW, actor, reason, now, eventType);
        // The CPM's trainings are those its eligibility was judged on; an IPMA applicant's training (partner
        // records) arrives after submission, so theirs are the current ones.
        Target target = target((ExamLevels.of(app.programme).isPresent() ? evidence.current(app) : evidence.shown(app))
                .trainings());
        Review review = new Review();
        review.applicationId = app.id;
        review.startedAt = now;
        review.targetWeeks = target.weeks();
        review.targetBasis = target.basis();
        review.targetDate = LocalDate.ofInstant(now, ZoneOffset.UTC).plusWeeks(target.weeks());
        reviews.persist(review);
        for (EngagementEvidence engagement : evidence.shown(app).engagements()) {
            if (engagement.reference() != null) {
                requestCheck(app, engagement, engagement.reference(), now);
            }
        }
    }

    public Target target(java.util.List<TrainingEvidence> trainings) {
        return target(trainings, config.targetWeeks(), config.defaultTargetWeeks());
    }

    /** The slowest centre type among the trainings sets the target; none listed: the default. */
    public static Target target(java.util.List<TrainingEvidence> trainings, java.util.Map<String, Integer> weeksByType,
            int defaultWeeks) {
        Target slowest = null;
        for (TrainingEvidence t : trainings) {
            Integer weeks = t.centreType() == null ? null : weeksByType.get(t.centreType().name());
            if (weeks != null && (slowest == null || weeks > slowest.weeks())) {
                slowest = new Target(weeks, t.centreType().name());
            }
        }
        return slowest != null ? slowest : new Target(defaultWeeks, DEFAULT_BASIS);
    }

    private void requestCheck(Application app, EngagementEvidence engagement, ReferenceEvidence reference, Instant now) {
        ReferenceCheck check = new ReferenceCheck();
        check.id = UUID.randomUUID();
        check.applicationId = app.id;
        check.referenceId = reference.referenceId() != null ? reference.referenceId() : engagement.engagementId();
        check.engagementId = engagement.engagementId();
        check.refereeName = reference.refereeName();
        check.refereeEmail = reference.refereeEmail();
        check.refereeRole = reference.refereeRole();
        check.menteeName = engagement.menteeName();
        check.engagementStart = engagement.startDate();
        check.engagementEnd = engagement.endDate();
        check.engagementHours = engagement.hours();
        check.requestedAt = now;
        String refereeEmail = reference.refereeEmail() == null ? "" : reference.refereeEmail().strip();
        // A link to the applicant's own mailbox would let them confirm their own engagement; Name+ref@ or, at
        // Gmail, N.a.m.e@ reach it too.
        boolean ownAddress = EmailAddresses.sameMailbox(refereeEmail, app.applicant.email);
        boolean byLink = reference.consentToContact() && !refereeEmail.isEmpty() && !ownAddress;
        if (!byLink) {
            check.status = ReferenceCheck.Status.MANUAL;
            checks.persist(check);
            if (ownAddress) {
                statusChanges.note(app, Actor.SYSTEM, "A reference gives the applicant's own e-mail: no link was sent; "
                        + "the reviewer checks it by hand", now, null);
            }
            return;
        }
        String token = newToken();
        check.status = ReferenceCheck.Status.REQUESTED;
        check.tokenSha256 = hash(token);
        check.expiresAt = now.plus(config.referenceCheck().validity());
        checks.persist(check);
        events.referenceCheckRequested(new ReferenceCheckRequested(app.id, check.referenceId, Contact.of(app.applicant),
                new ReferenceCheckRequested.Referee(check.refereeName, check.refereeEmail, check.refereeRole),
                new ReferenceCheckRequested.Engagement(check.menteeName, check.engagementStart, check.engagementEnd),
                config.referenceCheck().url() + token, check.expiresAt, now));
    }

    /** 256 random bits, URL-safe: unguessable, so its hash alone finds the check. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        return HexFormat.of().formatHex(Sha256.digest(token));
    }
}
