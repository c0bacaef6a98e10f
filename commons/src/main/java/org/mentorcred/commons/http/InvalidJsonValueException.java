package org.mentorcred.commons.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON value that is well-formed and of the right type but not acceptable (out of bounds, a NUL character): the
 * problem mapper answers 400 naming the field and saying {@link #getOriginalMessage()}, which is written for clients.
 */
public class InvalidJsonValueException extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    public InvalidJsonValueException(JsonParser parser, String clientMessage) {
        super(parser, clientMessage);
    }
}
