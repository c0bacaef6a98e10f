package org.mentorcred.application.programme;

import java.util.List;

/** The programme catalogue is unusable; the service does not start with it. */
public class InvalidCatalogueException extends RuntimeException {

    private final List<String> errors;

    public InvalidCatalogueException(List<String> errors) {
        super("Invalid programme catalogue:\n  " + String.join("\n  ", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
