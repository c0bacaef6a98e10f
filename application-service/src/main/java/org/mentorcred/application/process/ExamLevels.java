package org.mentorcred.application.process;

import java.util.Optional;

import org.mentorcred.application.evidence.CourseLevel;
import org.mentorcred.application.programme.ProgrammeCode;

/** Which IPMA exam a programme leads to (DOMAIN.md); the CPM has none and goes from payment to review. */
public final class ExamLevels {

    private ExamLevels() {
    }

    public static Optional<CourseLevel> of(ProgrammeCode programme) {
        return Optional.ofNullable(switch (programme) {
            case IMC_CPM -> null;
            case IPMA_AM -> CourseLevel.AM;
            case IPMA_PM -> CourseLevel.PM;
            case IPMA_SM, IPMA_SM_FAST_TRACK -> CourseLevel.SM;
            case IPMA_MM -> CourseLevel.MM;
        });
    }
}
