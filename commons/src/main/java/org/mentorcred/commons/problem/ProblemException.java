package org.mentorcred.commons.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A domain failure that the API reports as a problem response. Services throw these (or their own
 * subclasses) with a type, a human message and, where useful, the violations or extension members;
 * {@link ProblemMapper} turns them into {@code application/problem+json}.
 */
public class ProblemException extends RuntimeException {

    private final URI type;
    private final String title;
    private final int status;
    private final List<Violation> violations;
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ProblemException(int status, String typeSlug, String title, String detail) {
        this(status, typeSlug, title, detail, List.of());
    }

    public ProblemException(int status, String typeSlug, String title, String detail, List<Violation> violations) {
        super(detail);
        this.type = Problem.type(typeSlug);
        this.title = title;
        this.status = status;
        this.violations = List.copyOf(violations);
    }

    /** 400: the request itself is malformed. */
    public static ProblemException badRequest(String detail, List<Violation> violations) {
        return new ProblemException(400, "bad-request", "Bad request", detail, violations);
    }

    /** 400 of type {@code validation}: every violation listed, sorted by field then message. */
    public static ProblemException invalid(List<Violation> violations) {
        List<Violation> sorted = new java.util.ArrayList<>(violations);
        sorted.sort(java.util.Comparator.comparing(Violation::field).thenComparing(Violation::message));
        return new ProblemException(400, "validation", "Invalid request",
                sorted.size() == 1 ? "One field is invalid" : sorted.size() + " fields are invalid", sorted);
    }

    /** 403: authenticated, but this resource is not theirs. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail);
    }

    /** 404: no such resource (or none the caller may know of). */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist");
    }

    /** 409: the request conflicts with the resource's current state. */
    public static ProblemException conflict(String typeSlug, String detail) {
        return new ProblemException(409, typeSlug, "Conflict", detail);
    }

    /** 422: well-formed, but breaks a business rule; each broken rule is listed. */
    public static ProblemException unprocessable(String typeSlug, String detail, List<Violation> violations) {
        return new ProblemException(422, typeSlug, "Unprocessable content", detail, violations);
    }

    /** Adds an extension member to the problem body. */
    public ProblemException with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    /** Adds a response header, e.g. {@code Retry-After} on a 429 or a {@code WWW-Authenticate} challenge on a 401. */
    public ProblemException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }

    /** 429: too many requests; the client may try again after {@code retryAfterSeconds}. */
    public static ProblemException tooManyRequests(String detail, long retryAfterSeconds) {
        return new ProblemException(429, "too-many-requests", "Too many requests", detail)
                .with("retryAfterSeconds", retryAfterSeconds)
                .withHeader("Retry-After", Long.toString(retryAfterSeconds));
    }

    /** 503: the service is overloaded for a moment; nothing was changed and the client may retry. */
    public static ProblemException busy(long retryAfterSeconds) {
        return new ProblemException(503, "busy", "Service unavailable",
                "Too many requests at this moment; nothing was changed. Retry in a few seconds.")
                .with("retryAfterSeconds", retryAfterSeconds)
                .withHeader("Retry-After", Long.toString(retryAfterSeconds));
    }

    public int status() {
        return status;
    }

    public Problem toProblem(String instance) {
        return new Problem(type, title, status, getMessage(), instance, violations, extensions);
    }
}
