package org.mentorcred.application.programme;

import java.util.Arrays;
import java.util.function.Predicate;

import org.mentorcred.application.evidence.Evidence;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A part of an application whose presence the catalogue can require. "Filled" means given, not good enough:
 * counting hours, engagements or years is the eligibility service's job.
 */
public enum Section {
    TRAININGS("trainings", "Add at least one training record with its certificate or letter",
            e -> !e.trainings().isEmpty()),
    ENGAGEMENTS("engagements", "Add at least one mentoring engagement",
            e -> !e.engagements().isEmpty()),
    REFERENCES("references", "Give a reference (a letter or the referee's contact) for at least one engagement",
            e -> e.engagements().stream().anyMatch(g -> g.reference() != null)),
    SUPERVISION("supervision", "Fill in the supervision declaration",
            e -> e.supervision() != null),
    EDUCATION("education", "Give your highest education",
            e -> e.education() != null),
    EXPERIENCE("experience", "Describe your professional experience",
            e -> e.experience() != null),
    CREDENTIALS_HELD("credentialsHeld", "Add a credential you hold",
            e -> !e.credentialsHeld().isEmpty()),
    ETHICS("ethics", "Accept the code of ethics and conduct",
            e -> e.ethics() != null),
    CONTRIBUTION("contribution", "Give your significant-contribution statement with at least one evidence document",
            e -> e.contribution() != null && !e.contribution().documentIds().isEmpty()),
    MENTORING_COACHING_RECORDS("mentoringCoachingRecords",
            "Give your years of mentoring or coaching service with at least one case record (in your experience)",
            e -> e.experience() != null && e.experience().mentoringCoachingYears().signum() > 0
                    && !e.experience().caseRecordDocumentIds().isEmpty());

    private final String key;
    private final String whatToDo;
    private final Predicate<Evidence> filled;

    Section(String key, String whatToDo, Predicate<Evidence> filled) {
        this.key = key;
        this.whatToDo = whatToDo;
        this.filled = filled;
    }

    /** The name used in the catalogue, the API and problem violations. */
    @JsonValue
    public String key() {
        return key;
    }

    /** What the applicant should do when the section is missing, in words. */
    public String whatToDo() {
        return whatToDo;
    }

    public boolean isFilledIn(Evidence evidence) {
        return filled.test(evidence);
    }

    @JsonCreator
    public static Section fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown section " + key + "; known: "
                        + Arrays.stream(values()).map(Section::key).toList()));
    }
}
