package org.mentorcred.application.application.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mentorcred.application.application.Application;
import org.mentorcred.application.application.repository.ApplicationRepository;
import org.mentorcred.application.application.repository.CredentialHeldRepository;
import org.mentorcred.application.application.repository.EngagementRepository;
import org.mentorcred.application.application.repository.TrainingRepository;
import org.mentorcred.application.application.section.Contribution;
import org.mentorcred.application.application.section.ContributionInput;
import org.mentorcred.application.application.section.CredentialHeld;
import org.mentorcred.application.application.section.CredentialHeldInput;
import org.mentorcred.application.application.section.Education;
import org.mentorcred.application.application.section.EducationInput;
import org.mentorcred.application.application.section.Engagement;
import org.mentorcred.application.application.section.EngagementInput;
import org.mentorcred.application.application.section.Ethics;
import org.mentorcred.application.application.section.EthicsInput;
import org.mentorcred.application.application.section.Experience;
import org.mentorcred.application.application.section.ExperienceInput;
import org.mentorcred.application.application.section.Reference;
import org.mentorcred.application.application.section.ReferenceInput;
import org.mentorcred.application.application.section.Supervision;
import org.mentorcred.application.application.section.SupervisionInput;
import org.mentorcred.application.application.section.Training;
import org.mentorcred.application.application.section.TrainingInput;
import org.mentorcred.application.common.Invalid;
import org.mentorcred.application.common.Times;
import org.mentorcred.application.document.DocumentRepository;
import org.mentorcred.application.evidence.ContributionEvidence;
import org.mentorcred.application.evidence.CredentialHeldEvidence;
import org.mentorcred.application.evidence.EducationEvidence;
import org.mentorcred.application.evidence.EngagementEvidence;
import org.mentorcred.application.evidence.EthicsEvidence;
import org.mentorcred.application.evidence.ExperienceEvidence;
import org.mentorcred.application.evidence.ReferenceEvidence;
import org.mentorcred.application.evidence.ReferenceKind;
import org.mentorcred.application.evidence.SupervisionEvidence;
import org.mentorcred.application.evidence.TrainingEvidence;
import org.mentorcred.application.evidence.TrainingEvidenceKind;
import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.problem.Violation;

/**
 * Edits a draft section by section. Only the owner edits, only a DRAFT; every edit raises the application's
 * version (its ETag), and documents named in a section must be documents of the same application.
 */
@ApplicationScoped
public class SectionService {

    /** A section as it is after an edit, and the application's version after it. */
    public record Edited<T>(T body, long version) {
    }

    @Inject
    ApplicationAccess access;

    @Inject
    ApplicationRepository applications;

    @Inject
    TrainingRepository trainings;

    @Inject
    EngagementRepository engagements;

    @Inject
    CredentialHeldRepository credentials;

    @Inject
    DocumentRepository documents;

    // --- trainings ---------------------------------------------------------------------------------

    @Transactional
    public Edited<TrainingEvidence> addTraining(UUID applicationId, TrainingInput input, String ifMatch) {
        return edit(applicationId, ifMatch, app -> {
            Training t = new Training();
            t.id = UUID.randomUUID();
            t.applicationId = app.id;
            t.createdAt = Times.now();
            apply(app, t, input);
            trainings.persist(t);
            return EvidenceAssembler.of(t);
        });
    }

    @Transactional
    public Edited<TrainingEvidence> replaceTraining(UUID applicationId, UUID trainingId, TrainingInput input, String ifMatch) {
        return edit(applicationId, ifMatch, app -> {
            Training t = training(app, trainingId);
            apply(app, t, input);
            return EvidenceAssembler.of(t);
        });
    }

    @Transactional
    public Edited<Void> removeTraining(UUID applicationId, UUID trainingId, String ifMatch) {
        return edit(applicationId, ifMatch, app -> {
            trainings.delete(training(app, trainingId));
            return null;
        });
    }

    private void apply(Application app, Training t, TrainingInput in) {
        List<Violation> violations = new ArrayList<>();
        endNotBeforeStart(in.startDate(), in.endDate(), violations);
        if (in.evidence() == TrainingEvidenceKind.PARTNER_RECORD) {
            violations.add(new Violation("evidence", "must be CERTIFICATE or LETTER; partner records come from the partner"));
        }
        documentsOf(app, List.of(in.documentId()), "documentId", violations);
        failIfAny(violations);
        t.centreName = in.centreName().strip();
        t.centreType = in.centreType();
        t.programmeName = in.programmeName().strip();
        t.level = in.level();
        t.hours = in.hours();
        t.inPersonDays = in.inPersonDays() == null ? BigDecimal.ZERO : in.inPersonDays();
        t.mode = in.mode();
        t.startDate = in.startDate();
        t.endDate = in.endDate();
        t.instructorName = in.instructorName().strip();
        t.instructorEmail = in.instructorEmail();
        t.evidence = in.evidence();
        t.documentId = in.documentId();
    }

    private Training training(Application app, UUID id) {
        return trainings.findByIdOptional(id).filter(t -> t.applicationId.equals(app.id))
                .orElseThrow(() -> ProblemException.notFound("Training", id));
    }

    // --- engagements and their references ----------------------------------------------------------

    @Transactional
    public Edited<EngagementEvidence> addEngagement(UUID applicationId, EngagementInput input, String ifMatch) {
        return edit(applicationId, ifMatch, app -> {
            Engagement e = new Engagement();
            e.id = UUID.randomUUID();
            e.applicationId = app.id;
            e.createdAt = Times.now();
            apply(e, input);
            engagements.persist(e);
            return EvidenceAssembler.of(e);
        });
    }

    /** Replaces the engagement's own fields; its reference stays. */
    @Transactional
    public Edited<EngagementEvidence> replaceEngagement(UUID applicationId, UUID engagementId, EngagementInput input,
            String ifMatch) {
        return edit(applicationId, ifMatch, app -> {
            Engagement e = engagement(app, engagementId);
            apply(e, input);
            return EvidenceAssembler.of(e);
        });
    }

    @Transactional
    public Edited<Void> removeEngagement(UUID applicationId, UUID engagementId, String ifMatch) {
        return edit(applicationId, ifMatch, app -> {
            engagements.delete(engagement(app, engagementId));
            return null;
        });
    }

    @Transactional
    public Edited<ReferenceEvidence> putReference(UUID applicationId, UUID engagementId, ReferenceInput in, String ifMatch) {
        return edit(applicationId, ifMatch, app -> {
            Engagement e = engagement(app, engagementId);
            List<Violation> violations = new ArrayList<>();
            if (in.kind() == ReferenceKind.LETTER && in.documentId() == null) {
                violations.add(new Violation("documentId", "is required for a LETTER: upload the letter first"));
            }
            if (in.kind() == ReferenceKind.CONTACT) {
                if (in.refereeEmail() == null || in.refereeEmail().isBlank()) {
                    violations.add(new Violation("refereeEmail", "is required for a CONTACT reference"));
                }
                if (!in.consentToContact()) {
                    violations.add(new Violation("consentToContact",
                            "must be true for a CONTACT reference: the body contacts the referee to verify"));
                }
                if (in.documentId() != null) {
                    violations.add(new Violation("documentId", "must be absent for a CONTACT reference (a letter is a LETTER)"));
                }
            }
            if (in.documentId() != null) {
                documentsOf(app, List.of(in.documentId()), "documentId", violations);
            }
            failIfAny(violations);
            Reference r = e.reference != null ? e.reference : new Reference();
            if (r.id == null) {
                r.id = UUID.randomUUID();
            }
            r.kind = in.kind();
            r.refereeName = in.refereeName().strip();
            r.refereeEmail = blankToNull(in.refereeEmail());
            r.refereeRole = in.refereeRole();
            r.documentId = in.documentId();
            r.consentToContact = in.consentToContact();
            r.confidential = Boolean.TRUE.equals(in.confidential());
            e.reference = r;
            return EvidenceAssembler.of(r);
        });
    }

    @Transactional
    public Edited<Void> removeReference(UUID applicationId, UUID engagementId, String ifMatch) {
        return edit(applicationId, ifMatch, app -> {
            Engagement e = engagement(app, engagementId);
            if (e.reference == null) {
                throw ProblemException.notFound("Reference of engagement", engagementId);
            }
            e.reference = null;
            return null;
        });
    }

    private static void apply(Engagement e, EngagementInput in) {
        List<Violation> violations = new ArrayList<>();
        endNotBeforeStart(in.startDate(), in.endDate(), violations);
        if (in.completed() && in.endDate() == null) {
            violations.add(new Violation("endDate", "is required for a completed engagement"));
        }
        failIfAny(violations);
        e.menteeName = in.menteeName().strip();
        e.menteeEmail = blankToNull(in.menteeEmail());
        e.kind = in.kind();
        e.startDate = in.startDate();
        e.endDate = in.endDate();
        e.hours = in.hours();
        e.completed = in.completed();
    }

    private Engagement engagement(Application app, UUID id) {
        return engagements.findByIdOptional(id).filter(e -> e.applicationId.equals(app.id))
                .orElseThrow(() -> ProblemException.notFound("Engagement", id));
    }

    // --- credentials held ----------------------------------------------------------------------------

    @Transactional
    public Edited<CredentialHeldEvidence> addCredential(UUID applicationId, CredentialHeldInput input, String ifMatch) {
        return edit(applicationId, ifMatch, app -> {
            CredentialHeld c = new CredentialHeld();
            c.id = UUID.randomUUID();
            c.applicationId = app.id;
            c.createdAt = Times.now();
            apply(app, c, input);
            credentials.persist(c);
            return EvidenceAssembler.of(c);
        });
    }

    @Transactional
    public Edited<CredentialHeldEvidence> replaceCredential(UUID applicationId, UUID credentialId,
            CredentialHeldInput input, String ifMatch) {
        return edit(applicationId, ifMatch, app -> {
            CredentialHeld c = credential(app, credentialId);
            apply(app, c, input);
            return EvidenceAssembler.of(c);
        });
    }

    @Transactional
    public Edited<Void> removeCredential(UUID applicationId, UUID credentialId, String ifMatch) {
        return edit(applicationId, ifMatch, app -> {
            credentials.delete(credential(app, credentialId));
            return null;
        });
    }

    private void apply(Application app, CredentialHeld c, CredentialHeldInput in) {
        List<Violation> violations = new ArrayList<>();
        if (in.documentId() != null) {
            documentsOf(app, List.of(in.documentId()), "documentId", violations);
        }
        failIfAny(violations);
        c.body = in.body().strip();
        c.credential = in.credential().strip();
        c.internationalBody = in.internationalBody();
        c.awardedOn = in.awardedOn();
        c.documentId = in.documentId();
    }

    private CredentialHeld credential(Application app, UUID id) {
        return credentials.findByIdOptional(id).filter(c -> c.applicationId.equals(app.id))
                .orElseThrow(() -> ProblemException.notFound("Credential", id));
    }

    // --- single sections -----------------------------------------------------------------------------

    @Transactional
    public Edited<SupervisionEvidence> putSupervision(UUID applicationId, SupervisionInput in, String ifMatch) {
        return edit(applicationId, ifMatch, app -> {
            Supervision s = new Supervision();
            s.supervisorName = in.supervisorName().strip();
            s.supervisorEmail = in.supervisorEmail().strip();
            s.postalAddress = in.postalAddress().strip();
            s.focus = in.focus();
            app.supervision = s;
            return EvidenceAssembler.of(s);
        });
    }

    @Transactional
    public Edited<EducationEvidence> putEducation(UUID applicationId, EducationInput in, String ifMatch) {
        return edit(applicationId, ifMatch, app -> {
            List<Violation> violations = new ArrayList<>();
            if (in.documentId() != null) {
                documentsOf(app, List.of(in.documentId()), "documentId", violations);
            }
            failIfAny(violations);
            Education e = new Education();
            e.level = in.level();
            e.institution = in.institution().strip();
            e.qualification = in.qualification().strip();
            e.awardedOn = in.awardedOn();
            e.documentId = in.documentId();
            app.education = e;
            return EvidenceAssembler.of(e);
        });
    }

    @Transactional
    public Edited<ExperienceEvidence> putExperience(UUID applicationId, ExperienceInput in, String ifMatch) {
        return edit(applicationId, ifMatch, app -> {
            List<Violation> violations = new ArrayList<>();
            if (in.headOfInstitution() && in.institutionSize() == null) {
                violations.add(new Violation("institutionSize", "is required for the head of an institution"));
            }
            List<UUID> caseRecords = distinct(in.caseRecordDocumentIds());
            documentsOf(app, caseRecords, "caseRecordDocumentIds", violations);
            failIfAny(violations);
            Experience e = new Experience();
            e.seniorManagementYears = in.seniorManagementYears();
            e.headOfInstitution = in.headOfInstitution();
            e.institutionSize = in.institutionSize();
            e.mentoringCoachingYears = in.mentoringCoachingYears() == null ? BigDecimal.ZERO : in.mentoringCoachingYears();
            e.caseRecordDocumentIds = caseRecords.toArray(UUID[]::new);
            app.experience = e;
            return EvidenceAssembler.of(e);
        });
    }

    @Transactional
    public Edited<EthicsEvidence> putEthics(UUID applicationId, EthicsInput in, String ifMatch) {
        return edit(applicationId, ifMatch, app -> {
            Ethics e = new Ethics();
            e.acceptedAt = Times.now();
            e.codeVersion = in.codeVersion().strip();
            app.ethics = e;
            return EvidenceAssembler.of(e);
        });
    }

    @Transactional
    public Edited<ContributionEvidence> putContribution(UUID applicationId, ContributionInput in, String ifMatch) {
        return edit(applicationId, ifMatch, app -> {
            List<Violation> violations = new ArrayList<>();
            List<UUID> ids = distinct(in.documentIds());
            documentsOf(app, ids, "documentIds", violations);
            failIfAny(violations);
            Contribution c = new Contribution();
            c.statement = in.statement().strip();
            c.documentIds = ids.toArray(UUID[]::new);
            app.contribution = c;
            return EvidenceAssembler.of(c);
        });
    }

    /** Clears a single section: supervision, education, experience, ethics or contribution. */
    @Transactional
    public Edited<Void> clear(UUID applicationId, SingleSection section, String ifMatch) {
        return edit(applicationId, ifMatch, app -> {
            switch (section) {
                case SUPERVISION -> app.supervision = null;
                case EDUCATION -> app.education = null;
                case EXPERIENCE -> app.experience = null;
                case ETHICS -> app.ethics = null;
                case CONTRIBUTION -> app.contribution = null;
            }
            return null;
        });
    }

    public enum SingleSection {
        SUPERVISION, EDUCATION, EXPERIENCE, ETHICS, CONTRIBUTION
    }

    // --- shared ----------------------------------------------------------------------------------------

    private <T> Edited<T> edit(UUID applicationId, String ifMatch, Function<Application, T> change) {
        Application app = access.draftOfCaller(applicationId, ifMatch);
        T result = change.apply(app);
        app.touch(Times.now());
        applications.flush();
        return new Edited<>(result, app.version);
    }

    private void documentsOf(Application app, Collection<UUID> ids, String field, List<Violation> violations) {
        Set<UUID> found = documents.existing(app.id, ids);
        for (UUID id : ids) {
            if (!found.contains(id)) {
                violations.add(new Violation(field, id + " is not a document of this application; upload it first"));
            }
        }
    }

    private static void endNotBeforeStart(LocalDate start, LocalDate end, List<Violation> violations) {
        if (start != null && end != null && end.isBefore(start)) {
            violations.add(new Violation("endDate", "must not be before startDate"));
        }
    }

    private static List<UUID> distinct(List<UUID> ids) {
        return ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void failIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw Invalid.request(violations);
        }
    }
}
