package org.mentorcred.eligibility.decision.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.mentorcred.commons.outbox.Outbox;
import org.mentorcred.eligibility.config.EligibilityConfig;
import org.mentorcred.eligibility.decision.messaging.ApplicationSubmitted;
import org.mentorcred.eligibility.decision.messaging.EligibilityDecided;
import org.mentorcred.eligibility.decision.repository.DecisionEntity;
import org.mentorcred.eligibility.decision.repository.DecisionRepository;
import org.mentorcred.eligibility.rules.engine.Evaluation;
import org.mentorcred.eligibility.rules.engine.EvidenceFacts;
import org.mentorcred.eligibility.rules.engine.RequirementOutcome;
import org.mentorcred.eligibility.rules.service.RuleSetService;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Decides each submission of an application against the rule set in effect on its submission date, stores
 * the decision and emits {@code EligibilityDecided} in the same transaction.
 *
 * <p>One decision per submission: the same submission again (a redelivery, or the same event under another
 * id) has no effect; a later submission of the same application (a resubmission, with a later
 * {@code submittedAt}) is decided anew and its decision becomes the application's current one; an older
 * submission arriving after a newer one was decided is stale and ignored.
 */
@ApplicationScoped
public class DecisionService {

    private static final Logger LOG = Logger.getLogger(DecisionService.class);
    private static final TypeReference<List<RequirementOutcome>> OUTCOMES = new TypeReference<>() {
    };

    @Inject
    DecisionRepository decisions;

    @Inject
    RuleSetService ruleSets;

    @Inject
    Outbox outbox;

    @Inject
    EligibilityConfig config;

    @Inject
    ObjectMapper mapper;

    /** A stored decision with its evaluated requirements. */
    public record Decision(DecisionEntity row, List<RequirementOutcome> requirements) {
    }

    @Transactional
    public void decide(ApplicationSubmitted submitted, String eventId) {
        OffsetDateTime submittedAt = submitted.submittedAt().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        Optional<DecisionEntity> latest = decisions.latest(submitted.applicationId());
        if (latest.isPresent() && !submittedAt.isAfter(latest.get().submittedAt)) {
            if (submittedAt.isEqual(latest.get().submittedAt)) {
                LOG.infof("Submission of application %s at %s is already decided (decision %s); event %s ignored",
                        submitted.applicationId(), submittedAt, latest.get().id, eventId);
            } else {
                LOG.warnf("Submission of application %s at %s is older than its decided submission at %s; event %s ignored",
                        submitted.applicationId(), submittedAt, latest.get().submittedAt, eventId);
            }
            return;
        }
        LocalDate applicationDate = LocalDate.ofInstant(submitted.submittedAt(), config.zone());
        RuleSetService.StoredRuleSet rules = ruleSets.inEffectOn(submitted.programme(), applicationDate);
        Evaluation evaluation = rules.ruleSet().evaluate(EvidenceFacts.of(submitted.evidence(),
                submitted.applicant().highestEducation(), applicationDate));

        DecisionEntity decision = new DecisionEntity();
        decision.id = UUID.randomUUID();
        decision.applicationId = submitted.applicationId();
        decision.applicantId = submitted.applicant().applicantId();
        decision.applicantSubject = submitted.applicant().subject();
        decision.programme = submitted.programme();
        decision.submittedAt = submittedAt;
        decision.eligible = evaluation.eligible();
        decision.pendingReview = evaluation.pendingReview();
        decision.ruleSetVersion = evaluation.ruleSetVersion();
        decision.decidedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
        decision.sourceEventId = eventId;
        decision.requirements = json(evaluation.requirements());
        decisions.persist(decision);

        outbox.publish(EligibilityDecided.TOPIC, decision.applicationId.toString(), EligibilityDecided.TYPE,
                new EligibilityDecided(decision.id, decision.applicationId, decision.applicantId, decision.programme,
                        decision.eligible, decision.pendingReview, decision.ruleSetVersion, decision.decidedAt.toInstant(),
                        evaluation.requirements().stream().map(EligibilityDecided.Requirement::of).toList()));
        LOG.infof("Application %s (%s, rule set v%d): %s", decision.applicationId, decision.programme,
                decision.ruleSetVersion, decision.eligible ? (decision.pendingReview ? "eligible, pending review" : "eligible")
                        : "not eligible");
    }

    /** The decision on the application's latest submission. */
    @Transactional
    public Optional<Decision> latest(UUID applicationId) {
        return decisions.latest(applicationId).map(row -> new Decision(row, outcomes(row.requirements)));
    }

    private String json(List<RequirementOutcome> outcomes) {
        try {
            return mapper.writeValueAsString(outcomes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Requirements are not serialisable", e);
        }
    }

    private List<RequirementOutcome> outcomes(String json) {
        try {
            return mapper.readValue(json, OUTCOMES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored decision is not readable", e);
        }
    }
}
