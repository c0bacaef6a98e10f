package org.mentorcred.infra.test.authz;

import java.util.Map;

/**
 * The data a matrix's calls address, made by the test: the variables its {@code ${name}} placeholders name (ids of
 * applicant A's application, invoice, booking ...), and the partners' API keys. Asked once per call, so an operation
 * that changes its resource (pay, cancel, delete) can be given a fresh one for every principal it allows.
 */
@FunctionalInterface
public interface MatrixFixtures {

    Map<String, String> variables(MatrixCall call);

    /** The {@code X-API-Key} of partner X or Y; by default a well-formed key nobody issued. */
    default String apiKey(Principal partner) {
        return partner == Principal.PARTNER_X ? "mcpk_xxxxxxxx_" + "x".repeat(40) : "mcpk_yyyyyyyy_" + "y".repeat(40);
    }
}
