package org.mentorcred.commons.inbox;

/** A handler kept failing; the event goes to the dead-letter topic with this message as the reason. */
public class EventProcessingException extends RuntimeException {

    public EventProcessingException(String message, Throwable cause) {
        super(message, cause);
    }
}
