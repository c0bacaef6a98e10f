package org.mentorcred.application.common;

import java.util.Arrays;

import jakarta.ws.rs.core.EntityTag;

import org.mentorcred.commons.problem.ProblemException;

/**
 * Optimistic concurrency over HTTP: a resource's version is its {@code ETag}; a write that sends
 * {@code If-Match} with an older one is refused with 412 instead of overwriting a change it has not seen.
 * Writes without {@code If-Match} are still protected against a concurrent write by the version column (409).
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** For {@code Response.ResponseBuilder#tag}. */
    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Passes when {@code ifMatch} is absent, {@code *}, or names {@code currentVersion}; otherwise 412. */
    public static void check(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = of(currentVersion);
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current));
        if (!matches) {
            throw new ProblemException(412, "precondition-failed", "Precondition failed",
                    "The resource changed since you read it (If-Match " + ifMatch + ", current ETag " + current
                            + "); read it again and retry")
                    .with("currentETag", current);
        }
    }
}
