package org.mentorcred.infra.test.authz;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The expected outcome of one call in a matrix: {@code allowed} (any 2xx, or one of the codes declared with it, as in
 * {@code allowed|404} for an operation whose fixture cannot succeed), or a denial ({@code 401}, {@code 403},
 * {@code 404}, or alternatives such as {@code 403|404}). A 401 or 403 never counts as allowed, and a 5xx never passes.
 */
public record Expectation(boolean allowed, Set<Integer> codes, String text) {

    public static Expectation parse(String text) {
        boolean allowed = false;
        Set<Integer> codes = new LinkedHashSet<>();
        for (String part : text.trim().split("\\s*\\|\\s*")) {
            if (part.equalsIgnoreCase("allowed")) {
                allowed = true;
            } else if (part.matches("[1-5][0-9][0-9]")) {
                codes.add(Integer.parseInt(part));
            } else {
                throw new IllegalArgumentException("An outcome is 'allowed', a status code, or alternatives joined "
                        + "with '|'; got '" + text + "'");
            }
        }
        if (allowed && (codes.contains(401) || codes.contains(403))) {
            throw new IllegalArgumentException("'allowed' cannot include 401 or 403: " + text);
        }
        if (!allowed && codes.isEmpty()) {
            throw new IllegalArgumentException("No outcome in '" + text + "'");
        }
        return new Expectation(allowed, Set.copyOf(codes), text.trim());
    }

    public boolean matches(int status) {
        if (status >= 500) {
            return false;
        }
        if (allowed && status >= 200 && status < 300) {
            return true;
        }
        return codes.contains(status);
    }

    /** Calls expected to be refused run before the allowed ones, so a refused call meets the fixture unchanged. */
    public boolean denial() {
        return !allowed;
    }

    @Override
    public String toString() {
        return text;
    }
}
