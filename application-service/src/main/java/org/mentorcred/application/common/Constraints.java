package org.mentorcred.application.common;

/** Recognises the database refusing a write because of a named constraint (a unique key, say). */
public final class Constraints {

    private Constraints() {
    }

    public static boolean violated(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException cve
                    && constraint.equalsIgnoreCase(cve.getConstraintName())) {
                return true;
            }
        }
        return false;
    }
}
