package org.mentorcred.commons.runtime;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;

/**
 * When a harness (the system tests, a benchmark) starts this service as a child process, it passes its own
 * PID as {@code mentorcred.parent-pid}; the service then shuts down cleanly when that process ends, so a
 * test run that dies (even by SIGKILL) leaves no service behind. Unset in normal operation.
 */
@ApplicationScoped
public class ParentProcessWatch {

    private static final Logger LOG = Logger.getLogger(ParentProcessWatch.class);

    @ConfigProperty(name = "mentorcred.parent-pid")
    Optional<Long> parentPid;

    void start(@Observes StartupEvent event) {
        if (parentPid.isEmpty()) {
            return;
        }
        long pid = parentPid.get();
        Thread watch = new Thread(() -> {
            while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
            LOG.infof("Parent process %d has ended; shutting down", pid);
            Quarkus.asyncExit();
        }, "parent-process-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
