package org.mentorcred.payment.payment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.mentorcred.payment.idempotency.IdempotencyService;
import org.mentorcred.payment.refund.service.RefundService;

import io.quarkus.scheduler.Scheduled;

/** The background work of every instance; the database decides which instance does which item. */
@ApplicationScoped
public class PaymentJobs {

    private static final Logger LOG = Logger.getLogger(PaymentJobs.class);

    @Inject
    RefundService refunds;

    @Inject
    PaymentReconciler reconciler;

    @Inject
    IdempotencyService idempotency;

    @Scheduled(every = "${mentorcred.payment.jobs.interval:5s}", delayed = "${mentorcred.payment.jobs.interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void settle() {
        // Independent chores: one failing (say, the database briefly away) must not starve the other.
        try {
            refunds.runDue();
        } catch (RuntimeException e) {
            LOG.warnf("Refund job pass failed: %s", e.getMessage());
        }
        try {
            reconciler.runDue();
        } catch (RuntimeException e) {
            LOG.warnf("Payment reconciliation pass failed: %s", e.getMessage());
        }
    }

    @Scheduled(every = "${mentorcred.payment.idempotency.purge-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purgeIdempotencyKeys() {
        int purged = idempotency.purge();
        if (purged > 0) {
            LOG.infof("Purged %d expired idempotency keys", purged);
        }
    }
}
