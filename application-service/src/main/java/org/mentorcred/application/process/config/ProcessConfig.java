package org.mentorcred.application.process.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mentorcred.application.evidence.CourseLevel;
import org.mentorcred.application.evidence.TrainingMode;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The journey's tunables ({@code mentorcred.process.*}); checked at start by {@code ProcessConfigCheck}. */
@ConfigMapping(prefix = "mentorcred.process")
public interface ProcessConfig {

    Exam exam();

    /**
     * The training an IPMA programme needs before its exam, by programme code: verified partner completion
     * records that, together, reach these numbers.
     */
    Map<String, Training> training();

    interface Exam {

        /** Attempts an applicant may use on one application (announced in ExamAuthorized). */
        @WithDefault("3")
        int attemptsAllowed();

        /** How often a job looks for failed candidates whose retake waiting period is over. */
        @WithDefault("1h")
        Duration retakeCheckInterval();
    }

    interface Training {

        /** Only records of this IPMA level count; absent: any level. */
        Optional<CourseLevel> level();

        /** Hours the counted records must reach together (only records of {@link #hoursModes()} count). */
        @WithDefault("0")
        BigDecimal minHours();

        /** Which delivery modes' hours count towards {@link #minHours()}. */
        @WithDefault("ONLINE,BLENDED")
        Set<TrainingMode> hoursModes();

        /** In-person days the counted records must reach together. */
        @WithDefault("0")
        BigDecimal minInPersonDays();

        /** Only records of the QTSP assigned to the application count (the fast track). */
        @WithDefault("false")
        boolean assignedProviderOnly();

        /** What the applicant reads as their next step, e.g. "32 hours of online AM training". */
        String description();
    }
}
