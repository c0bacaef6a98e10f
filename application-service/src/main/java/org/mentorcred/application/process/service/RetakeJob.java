package org.mentorcred.application.process.service;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.mentorcred.application.process.repository.ExamTrackRepository;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Authorises the retake of failed candidates whose waiting period (exam-service's {@code retakeAllowedFrom}) is
 * over. Each application in its own transaction under its row lock, so several instances may run it.
 */
@ApplicationScoped
public class RetakeJob {

    private static final Logger LOG = Logger.getLogger(RetakeJob.class);

    private static final int BATCH = 100;

    @Inject
    ExamTrackRepository tracks;

    @Inject
    ProcessManager process;

    @Scheduled(every = "${mentorcred.process.exam.retake-check-interval:1h}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        runDue(LocalDate.now(ZoneOffset.UTC));
    }

    /** @return how many applications were due */
    public int runDue(LocalDate today) {
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> tracks.retakesDue(today, BATCH));
        for (UUID applicationId : due) {
            try {
                QuarkusTransaction.requiringNew().run(() -> process.retakeDue(applicationId, today));
            } catch (RuntimeException e) {
                LOG.errorf(e, "Retake of application %s could not be authorised; the next run tries again", applicationId);
            }
        }
        return due.size();
    }
}
