package org.mentorcred.infra.test.authz;

import org.mentorcred.infra.test.openapi.ApiOperation;

/** One call of the matrix: an operation tried by one principal. */
public record MatrixCall(ApiOperation operation, Principal principal) {

    /** {@code "POST /api/v1/invoices/{id}/payments"}. */
    public String key() {
        return operation.key();
    }
}
