package org.mentorcred.commons.inbox;

/**
 * An event that can never be processed as it is (not JSON, no CloudEvents id or type, required fields
 * missing). It is not retried: it goes straight to the dead-letter topic with this message as the reason.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
