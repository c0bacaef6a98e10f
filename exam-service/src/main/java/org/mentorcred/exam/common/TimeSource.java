package org.mentorcred.exam.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * "Now" for the exam rules (cut-offs, retake waiting periods, sessions in the past). One bean, so tests can
 * move the service through time instead of waiting for it.
 */
@ApplicationScoped
public class TimeSource {

    /** Now, to the microsecond PostgreSQL stores, so an event and a later read of the row show the same instant. */
    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** Today's date in UTC. */
    public LocalDate today() {
        return LocalDate.ofInstant(now(), ZoneOffset.UTC);
    }
}
