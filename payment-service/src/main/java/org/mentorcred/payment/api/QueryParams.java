package org.mentorcred.payment.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.mentorcred.commons.api.InputBounds;
import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.problem.Violation;

/**
 * Typed query parameters read by hand: JAX-RS answers 404 when it cannot convert a query parameter, which
 * tells a client nothing; these answer 400 naming the parameter.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return InputBounds.checkDate(name, LocalDate.parse(value.trim()));
        } catch (DateTimeParseException e) {
            throw invalid(name, "must be a date (YYYY-MM-DD)");
        }
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw invalid(name, "must be a UUID");
        }
    }

    public static <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw invalid(name, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
        }
    }

    private static ProblemException invalid(String name, String message) {
        return new ProblemException(400, "validation", "Invalid request", "Query parameter " + name + " " + message,
                List.of(new Violation(name, message)));
    }
}
