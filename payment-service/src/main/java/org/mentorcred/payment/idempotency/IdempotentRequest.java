package org.mentorcred.payment.idempotency;

import java.util.UUID;

/**
 * The request an idempotency key protects, as its action sees it. {@link #recoveredResourceId()} is the
 * resource an earlier execution of the same key created before it died; the action answers about that one
 * instead of starting again.
 */
public record IdempotentRequest(String subject, String key, UUID recoveredResourceId) {
}
