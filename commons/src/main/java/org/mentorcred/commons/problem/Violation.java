package org.mentorcred.commons.problem;

/** One invalid field of a request: where ({@code field}, a JSON path such as {@code training[0].hours}) and why. */
public record Violation(String field, String message) {
}
