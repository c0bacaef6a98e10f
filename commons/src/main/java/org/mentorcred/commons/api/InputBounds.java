package org.mentorcred.commons.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.problem.Violation;

/**
 * The range every number and date the suite accepts must lie in, checked where the value is read (JSON bodies through
 * {@link org.mentorcred.commons.http.BoundedJsonValues}, query parameters through the services' parameter helpers),
 * before any arithmetic or SQL sees it. A decimal such as {@code 1e-1000000} is one digit long to a parser but a
 * million to {@code BigDecimal} arithmetic, and PostgreSQL refuses dates past its own range with an error: each would
 * otherwise cost processor time or a 500. Field-level constraints ({@code @DecimalMax}, {@code @Digits}) still say
 * what each field allows within these bounds.
 */
public final class InputBounds {

    /** Digits after the decimal point a number may have (scores, hours, amounts, coordinates need far fewer). */
    public static final int MAX_FRACTION_DIGITS = 10;
    /** Digits before the decimal point a number may have. */
    public static final int MAX_INTEGER_DIGITS = 15;
    /** The first date accepted anywhere. */
    public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
    /** The last date accepted anywhere. */
    public static final LocalDate MAX_DATE = LocalDate.of(2999, 12, 31);

    private InputBounds() {
    }

    /**
     * {@code value} within the bounds: itself, or without the trailing zeros that took it past them
     * ({@code 0E-1000000} is {@code 0}, {@code 1.500000000000000} is {@code 1.5}); null if it is out of them, when
     * {@link #decimalProblem} says why. Linear in the digits written (at most Jackson's number length limit), whatever
     * the exponent says.
     */
    public static BigDecimal boundedDecimal(BigDecimal value) {
        if (value == null) {
            return null;
        }
        // scale() and precision() are read from the representation: 1e-1000000 has scale 1000000, precision 1.
        BigDecimal bounded = value.scale() > MAX_FRACTION_DIGITS ? value.stripTrailingZeros() : value;
        if (bounded.scale() > MAX_FRACTION_DIGITS || (long) bounded.precision() - bounded.scale() > MAX_INTEGER_DIGITS) {
            return null;
        }
        return bounded;
    }

    /** Why {@code value} is out of bounds, or null if it is within them. */
    public static String decimalProblem(BigDecimal value) {
        if (value == null || boundedDecimal(value) != null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() > MAX_FRACTION_DIGITS
                ? "must have at most " + MAX_FRACTION_DIGITS + " digits after the decimal point"
                : "must have at most " + MAX_INTEGER_DIGITS + " digits before the decimal point";
    }

    /** Why {@code date} is out of bounds, or null if it is within them. */
    public static String dateProblem(LocalDate date) {
        if (date == null || (!date.isBefore(MIN_DATE) && !date.isAfter(MAX_DATE))) {
            return null;
        }
        return "must be between " + MIN_DATE + " and " + MAX_DATE;
    }

    /** As {@link #dateProblem(LocalDate)}, for the date part of a timestamp (in UTC). */
    public static String dateTimeProblem(OffsetDateTime time) {
        return time == null ? null : dateProblem(time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
    }

    /** As {@link #dateProblem(LocalDate)}, for the date part of a local date-time. */
    public static String dateTimeProblem(LocalDateTime time) {
        return time == null ? null : dateProblem(time.toLocalDate());
    }

    /** {@code date} itself, or a 400 problem naming {@code field} when it is out of bounds. */
    public static LocalDate checkDate(String field, LocalDate date) {
        String problem = dateProblem(date);
        if (problem != null) {
            throw ProblemException.invalid(List.of(new Violation(field, problem)));
        }
        return date;
    }
}
