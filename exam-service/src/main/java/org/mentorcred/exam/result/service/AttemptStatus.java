package org.mentorcred.exam.result.service;

import java.time.LocalDate;

/**
 * Where a candidate stands with an authorisation: attempts allowed and used, whether they passed, and the first
 * day they may book again after a failed attempt.
 *
 * @param used the exams sat: the larger of what application-service reported (attemptsUsed) and the results
 *             recorded here for the application, so neither a repeated ExamAuthorized nor our own results count twice
 */
public record AttemptStatus(int allowed, int used, boolean passed, LocalDate retakeAllowedFrom) {

    public int remaining() {
        return Math.max(0, allowed - used);
    }

    public int nextAttemptNumber() {
        return used + 1;
    }
}
