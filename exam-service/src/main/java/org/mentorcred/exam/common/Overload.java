package org.mentorcred.exam.common;

import java.sql.SQLException;
import java.util.Locale;
import java.util.function.Supplier;

import org.mentorcred.commons.problem.ProblemException;

/**
 * A booking rush is load, not a bug. When every database connection stays busy for longer than the pool's
 * acquisition timeout ({@code quarkus.datasource.jdbc.acquisition-timeout}), the request is answered 503 with a
 * retry hint instead of the generic 500: nothing was written, and retrying shortly is the right thing to do.
 */
public final class Overload {

    public static final int RETRY_AFTER_SECONDS = 2;

    private Overload() {
    }

    public static <T> T shedding(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (poolExhausted(e)) {
                throw new ProblemException(503, "busy", "Service unavailable",
                        "Too many requests at this moment; nothing was changed. Retry in a few seconds.")
                        .with("retryAfterSeconds", RETRY_AFTER_SECONDS);
            }
            throw e;
        }
    }

    /** Agroal's "Sorry, acquisition timeout!": no connection became free in time. */
    static boolean poolExhausted(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException && t.getMessage() != null
                    && t.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }
}
