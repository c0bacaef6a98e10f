package org.mentorcred.exam.result.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Result and retake rules ({@code mentorcred.exam.results.*}); DOMAIN.md marks these values as ours. */
@ConfigMapping(prefix = "mentorcred.exam.results")
public interface ResultConfig {

    /** Pass mark (weighted score, 0-100) per level: {@code pass-mark.AM=70} … {@code pass-mark.MM=70}. */
    Map<String, BigDecimal> passMark();

    /** Days after the exam date before a failed candidate may book again (while attempts remain). */
    @WithDefault("30")
    int retakeWaitingDays();

    /**
     * A booking whose session started this long ago without a result is a no-show (ours): a failed attempt with every
     * score 0, announced like any result, so the candidate is told and retakes follow the usual rules.
     */
    @WithDefault("P2D")
    Duration noShowAfter();

    /** How often each instance looks for no-shows ({@code NoShowJob}); {@code off} turns the job off there. */
    @WithDefault("15m")
    String noShowCheckInterval();

    /** The versioned topic-weight table (a classpath resource). */
    @WithDefault("exam-weights/exam-weights.v1.json")
    String weights();
}
