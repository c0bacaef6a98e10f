package org.mentorcred.exam.common;

import java.util.Locale;

import org.hibernate.exception.ConstraintViolationException;

/** Tells which database constraint a failed write broke, so a lost race becomes the right problem response. */
public final class Constraints {

    private Constraints() {
    }

    public static boolean violated(Throwable failure, String constraintName) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConstraintViolationException cve && cve.getConstraintName() != null
                    && cve.getConstraintName().toLowerCase(Locale.ROOT).contains(constraintName)) {
                return true;
            }
        }
        return false;
    }
}
