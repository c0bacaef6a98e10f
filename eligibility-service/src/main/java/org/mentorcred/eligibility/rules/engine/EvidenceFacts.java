package org.mentorcred.eligibility.rules.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.mentorcred.eligibility.evidence.EducationLevel;
import org.mentorcred.eligibility.evidence.Engagement;
import org.mentorcred.eligibility.evidence.Evidence;
import org.mentorcred.eligibility.evidence.Reference;
import org.mentorcred.eligibility.evidence.ReferenceKind;
import org.mentorcred.eligibility.evidence.Training;
import org.mentorcred.eligibility.evidence.TrainingEvidence;

/**
 * The evidence read once the way every requirement reads it (the README's "Readings"): only engagements
 * completed and ended by the application date count, for hours, engagements, references and years alike;
 * a training counts once it has ended by the application date.
 */
public final class EvidenceFacts {

    /** First start and last end of the counted engagements. */
    public record Span(LocalDate from, LocalDate to) {
    }

    private final Evidence evidence;
    private final EducationLevel education;
    private final LocalDate applicationDate;
    private final List<Engagement> completedEngagements;

    private EvidenceFacts(Evidence evidence, EducationLevel education, LocalDate applicationDate) {
        this.evidence = evidence;
        this.education = education;
        this.applicationDate = applicationDate;
        this.completedEngagements = evidence.engagements().stream().filter(this::counts).toList();
    }

    /**
     * @param highestEducation the applicant's declared highest education; the evidence's education record,
     *                         if higher, is taken instead (both are declarations a reviewer verifies)
     */
    public static EvidenceFacts of(Evidence evidence, EducationLevel highestEducation, LocalDate applicationDate) {
        Evidence given = evidence == null ? Evidence.none() : evidence;
        EducationLevel declared = given.education() == null ? null : given.education().level();
        EducationLevel level = EducationLevel.higherOf(highestEducation, declared);
        return new EvidenceFacts(given, level == null ? EducationLevel.NONE : level, applicationDate);
    }

    public Evidence evidence() {
        return evidence;
    }

    public LocalDate applicationDate() {
        return applicationDate;
    }

    public EducationLevel education() {
        return education;
    }

    /** Engagements started and completed by the application date. */
    public List<Engagement> completedEngagements() {
        return completedEngagements;
    }

    /** Engagements given that do not count (not completed, or ending after the application date). */
    public int engagementsNotCounted() {
        return evidence.engagements().size() - completedEngagements.size();
    }

    /** Sum of the hours of the completed engagements. */
    public BigDecimal serviceHours() {
        return completedEngagements.stream().map(Engagement::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Completed engagements with a reference that counts. */
    public long references() {
        return completedEngagements.stream().filter(e -> countsAsReference(e.reference())).count();
    }

    /**
     * From the earliest start to the latest end of the completed engagements, if there are any (gaps between
     * engagements included; every counted engagement ended by the application date).
     */
    public Optional<Span> mentoringSpan() {
        if (completedEngagements.isEmpty()) {
            return Optional.empty();
        }
        LocalDate from = completedEngagements.stream().map(Engagement::startDate).min(Comparator.naturalOrder()).get();
        LocalDate to = completedEngagements.stream().map(Engagement::endDate).max(Comparator.naturalOrder()).get();
        return Optional.of(new Span(from, to));
    }

    /** A training counts once it has ended by the application date. */
    public boolean ended(Training training) {
        return !training.endDate().isAfter(applicationDate);
    }

    private boolean counts(Engagement engagement) {
        return Boolean.TRUE.equals(engagement.completed())
                && engagement.endDate() != null
                && !engagement.endDate().isAfter(applicationDate)
                && !engagement.startDate().isAfter(engagement.endDate());
    }

    /** A certificate or letter with its document, or a record a partner pushed or a reviewer accepted. */
    public static boolean hasEvidence(Training training) {
        if (training.verified()) {
            return true;
        }
        return (training.evidence() == TrainingEvidence.CERTIFICATE || training.evidence() == TrainingEvidence.LETTER)
                && training.documentId() != null;
    }

    /**
     * A letter (or email) with its document, or the referee's email with their consent to be contacted. A
     * confidentiality agreement only changes what a letter states, so it neither adds nor removes a reference.
     */
    public static boolean countsAsReference(Reference reference) {
        if (reference == null) {
            return false;
        }
        if (reference.kind() == ReferenceKind.LETTER) {
            return reference.documentId() != null;
        }
        return reference.refereeEmail() != null && !reference.refereeEmail().isBlank() && reference.consentToContact();
    }
}
