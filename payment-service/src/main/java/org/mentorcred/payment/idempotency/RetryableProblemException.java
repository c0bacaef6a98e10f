package org.mentorcred.payment.idempotency;

import org.mentorcred.commons.problem.ProblemException;

/**
 * A problem that says nothing final about the request (another request holds the resource for a moment):
 * its idempotency key is released rather than bound to this answer, so the same request may be retried.
 */
public class RetryableProblemException extends ProblemException {

    public RetryableProblemException(int status, String typeSlug, String title, String detail) {
        super(status, typeSlug, title, detail);
    }
}
