package org.mentorcred.exam.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.mentorcred.commons.api.InputBounds;
import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.problem.Violation;

/**
 * Reads optional query parameters that arrive as text. JAX-RS answers a query parameter it cannot convert
 * with 404; a client deserves a 400 that names the parameter.
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

    public static Double decimal(String name, String value, double min, double max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        double parsed;
        try {
            parsed = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw invalid(name, "must be a number");
        }
        if (Double.isNaN(parsed) || parsed < min || parsed > max) {
            throw invalid(name, "must be between " + min + " and " + max);
        }
        // Seven decimals (about a centimetre of a coordinate): a subnormal such as 4.9E-324 would make
        // PostgreSQL's trigonometry underflow into an error.
        return Math.round(parsed * 1e7) / 1e7;
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw invalid(name, "must be a UUID");
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(name, "must be one of " + List.of(type.getEnumConstants()));
        }
    }

    public static ProblemException invalid(String name, String message) {
        return new ProblemException(400, "validation", "Invalid request", "Query parameter " + name + " " + message,
                List.of(new Violation(name, message)));
    }
}
