package org.mentorcred.application.application.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mentorcred.application.application.Application;
import org.mentorcred.application.application.repository.CredentialHeldRepository;
import org.mentorcred.application.application.repository.EngagementRepository;
import org.mentorcred.application.application.repository.TrainingRepository;
import org.mentorcred.application.application.section.Contribution;
import org.mentorcred.application.application.section.CredentialHeld;
import org.mentorcred.application.application.section.Education;
import org.mentorcred.application.application.section.Engagement;
import org.mentorcred.application.application.section.Ethics;
import org.mentorcred.application.application.section.Experience;
import org.mentorcred.application.application.section.Reference;
import org.mentorcred.application.application.section.Supervision;
import org.mentorcred.application.application.section.Training;
import org.mentorcred.application.evidence.ContributionEvidence;
import org.mentorcred.application.evidence.CredentialHeldEvidence;
import org.mentorcred.application.evidence.EducationEvidence;
import org.mentorcred.application.evidence.EngagementEvidence;
import org.mentorcred.application.evidence.EthicsEvidence;
import org.mentorcred.application.evidence.Evidence;
import org.mentorcred.application.evidence.ExperienceEvidence;
import org.mentorcred.application.evidence.ReferenceEvidence;
import org.mentorcred.application.evidence.SupervisionEvidence;
import org.mentorcred.application.evidence.TrainingEvidence;
import org.mentorcred.application.evidence.TrainingEvidenceKind;
import org.mentorcred.application.evidence.TrainingSource;
import org.mentorcred.application.provider.completion.CompletionRecordRepository;
import org.mentorcred.application.provider.completion.CompletionRecordRepository.Matched;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one mapping from stored sections (and matched partner completion records) to {@link Evidence}, the
 * shape both the API and {@code ApplicationSubmitted} use.
 */
@ApplicationScoped
public class EvidenceAssembler {

    @Inject
    TrainingRepository trainings;

    @Inject
    EngagementRepository engagements;

    @Inject
    CredentialHeldRepository credentials;

    @Inject
    CompletionRecordRepository completions;

    @Inject
    ObjectMapper mapper;

    /** What the application holds now: its sections, and every partner record of the applicant's verified e-mail. */
    public Evidence current(Application app) {
        List<TrainingEvidence> allTrainings = new ArrayList<>();
        trainings.of(app.id).forEach(t -> allTrainings.add(of(t)));
        completions.forApplicant(app.applicant).forEach(m -> allTrainings.add(of(m)));
        return new Evidence(
                allTrainings,
                engagements.of(app.id).stream().map(EvidenceAssembler::of).toList(),
                of(app.supervision),
                of(app.education),
                of(app.experience),
                credentials.of(app.id).stream().map(EvidenceAssembler::of).toList(),
                of(app.ethics),
                of(app.contribution));
    }

    /** As submitted, once submitted (partner records changed later do not change what was judged); else current. */
    public Evidence shown(Application app) {
        if (app.submittedEvidence == null) {
            return current(app);
        }
        try {
            return mapper.readValue(app.submittedEvidence, Evidence.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored evidence of application " + app.id + " is unreadable", e);
        }
    }

    public String json(Evidence evidence) {
        try {
            return mapper.writeValueAsString(evidence);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TrainingEvidence of(Training t) {
        return new TrainingEvidence(t.id, TrainingSource.APPLICANT, null, t.centreName, t.centreType, t.programmeName,
                t.level, t.hours, t.inPersonDays, t.mode, t.startDate, t.endDate, t.instructorName, t.instructorEmail,
                t.evidence, t.documentId, false);
    }

    /** A partner's record is verified evidence: the provider itself reported the completion. */
    public static TrainingEvidence of(Matched m) {
        var r = m.record();
        return new TrainingEvidence(r.id, TrainingSource.PARTNER, m.provider().id, m.provider().name, m.provider().type,
                r.courseName, r.level, r.hours, r.inPersonDays, r.mode, r.startDate, r.endDate, r.instructorName,
                r.instructorEmail, TrainingEvidenceKind.PARTNER_RECORD, null, true);
    }

    public static EngagementEvidence of(Engagement e) {
        return new EngagementEvidence(e.id, e.menteeName, e.menteeEmail, e.kind, e.startDate, e.endDate, e.completed,
                e.hours, of(e.reference));
    }

    public static ReferenceEvidence of(Reference r) {
        if (r == null) {
            return null;
        }
        return new ReferenceEvidence(r.id, r.kind, r.refereeName, r.refereeEmail, r.refereeRole, r.documentId,
                Boolean.TRUE.equals(r.consentToContact), Boolean.TRUE.equals(r.confidential));
    }

    public static SupervisionEvidence of(Supervision s) {
        return s == null ? null : new SupervisionEvidence(s.supervisorName, s.supervisorEmail, s.postalAddress, s.focus);
    }

    public static EducationEvidence of(Education e) {
        return e == null ? null : new EducationEvidence(e.level, e.institution, e.qualification, e.awardedOn, e.documentId);
    }

    public static ExperienceEvidence of(Experience e) {
        return e == null ? null
                : new ExperienceEvidence(e.seniorManagementYears, Boolean.TRUE.equals(e.headOfInstitution),
                        e.institutionSize, zeroIfNull(e.mentoringCoachingYears), ids(e.caseRecordDocumentIds));
    }

    public static CredentialHeldEvidence of(CredentialHeld c) {
        return new CredentialHeldEvidence(c.id, c.body, c.credential, c.internationalBody, c.awardedOn, c.documentId);
    }

    public static EthicsEvidence of(Ethics e) {
        return e == null ? null : new EthicsEvidence(e.acceptedAt, e.codeVersion);
    }

    public static ContributionEvidence of(Contribution c) {
        return c == null ? null : new ContributionEvidence(c.statement, ids(c.documentIds));
    }

    private static List<UUID> ids(UUID[] ids) {
        return ids == null ? List.of() : Arrays.asList(ids);
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
