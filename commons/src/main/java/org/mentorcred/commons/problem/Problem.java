package org.mentorcred.commons.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An RFC 9457 problem details body ({@code application/problem+json}): {@code type}, {@code title},
 * {@code status}, {@code detail}, {@code instance}, the field {@code violations} of a 400 or 422, and any
 * extension members (for example {@code currentState} of a 409).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "type", "title", "status", "detail", "instance", "violations" })
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Base of our problem type URIs; each type is documented in the README. */
    public static final String TYPE_BASE = "https://mentorcred.org/problems/";

    private final URI type;
    private final String title;
    private final int status;
    private final String detail;
    private final String instance;
    private final List<Violation> violations;
    private final Map<String, Object> extensions;

    public Problem(URI type, String title, int status, String detail, String instance, List<Violation> violations,
            Map<String, Object> extensions) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
        this.extensions = extensions == null ? Map.of() : new LinkedHashMap<>(extensions);
    }

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    public URI getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public int getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    public String getInstance() {
        return instance;
    }

    public List<Violation> getViolations() {
        return violations;
    }

    @JsonAnyGetter
    public Map<String, Object> getExtensions() {
        return extensions;
    }

    Problem withInstance(String newInstance) {
        return new Problem(type, title, status, detail, newInstance, violations, extensions);
    }
}
