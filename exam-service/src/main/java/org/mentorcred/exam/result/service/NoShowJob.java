package org.mentorcred.exam.result.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.mentorcred.exam.common.TimeSource;

import io.quarkus.scheduler.Scheduled;

/**
 * Records no-shows ({@link ResultService#recordNoShows}) every {@code mentorcred.exam.results.no-show-check-interval}
 * on every instance; each booking is claimed by one of them. {@code off} turns it off on an instance.
 */
@ApplicationScoped
public class NoShowJob {

    private static final Logger LOG = Logger.getLogger(NoShowJob.class);

    @Inject
    ResultService results;

    @Inject
    TimeSource time;

    @Scheduled(identity = "no-shows", every = "${mentorcred.exam.results.no-show-check-interval}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        int recorded = results.recordNoShows(time.now());
        if (recorded > 0) {
            LOG.infof("%d no-shows recorded as failed attempts", recorded);
        }
    }
}
