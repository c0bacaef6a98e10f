package org.mentorcred.infra.test.fuzz;

import org.mentorcred.infra.test.authz.PreparedCall;

/** One spoiled request and, for the report, what was spoiled. */
public record Mutation(String kind, String description, PreparedCall call) {
}
