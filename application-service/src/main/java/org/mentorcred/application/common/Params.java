package org.mentorcred.application.common;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Query parameters read by hand: JAX-RS answers 404 to a query parameter it cannot convert, but a wrong filter
 * value is a bad request, and the client should hear which values exist.
 */
public final class Params {

    private Params() {
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw Invalid.field(name, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
        }
    }
}
