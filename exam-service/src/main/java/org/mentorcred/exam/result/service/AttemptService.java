package org.mentorcred.exam.result.service;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.exam.authorization.ExamAuthorization;
import org.mentorcred.exam.result.ExamResult;
import org.mentorcred.exam.result.repository.ResultRepository;

/** The attempt and retake rules: who may book another exam, and when. */
@ApplicationScoped
public class AttemptService {

    @Inject
    ResultRepository results;

    public AttemptStatus of(ExamAuthorization authorization) {
        List<ExamResult> recorded = results.ofApplication(authorization.applicationId);
        boolean passed = recorded.stream().anyMatch(r -> r.passed);
        LocalDate retakeFrom = passed || recorded.isEmpty() ? null : recorded.get(0).retakeAllowedFrom;
        return new AttemptStatus(authorization.attemptsAllowed,
                Math.max(authorization.attemptsUsedReported, recorded.size()), passed, retakeFrom);
    }

    /**
     * Passes if the candidate may book another exam today; otherwise a 409 that says why and, while waiting,
     * from when.
     */
    public AttemptStatus requireMayBook(ExamAuthorization authorization, LocalDate today) {
        AttemptStatus status = of(authorization);
        if (status.passed()) {
            throw ProblemException.conflict("already-passed", "You have already passed the " + authorization.level
                    + " exam of this application");
        }
        if (status.remaining() == 0) {
            throw ProblemException.conflict("no-attempts-left", "All " + status.allowed()
                    + " attempts of this authorisation are used")
                    .with("attemptsAllowed", status.allowed())
                    .with("attemptsUsed", status.used());
        }
        if (status.retakeAllowedFrom() != null && today.isBefore(status.retakeAllowedFrom())) {
            throw ProblemException.conflict("retake-not-yet-allowed", "After a failed attempt you may book again from "
                    + status.retakeAllowedFrom())
                    .with("retakeAllowedFrom", status.retakeAllowedFrom().toString())
                    .with("attemptsRemaining", status.remaining());
        }
        return status;
    }
}
