package org.mentorcred.infra.test.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.mentorcred.infra.test.authz.AuthorizationMatrix;
import org.mentorcred.infra.test.authz.MatrixCall;
import org.mentorcred.infra.test.authz.MatrixFixtures;
import org.mentorcred.infra.test.authz.PreparedCall;
import org.mentorcred.infra.test.authz.Principal;
import org.mentorcred.infra.test.openapi.ApiOperation;
import org.mentorcred.infra.test.openapi.OpenApiSpec;

import io.restassured.response.Response;

/** Limits every service keeps, checked on every operation of its live OpenAPI document. */
public final class ApiLimits {

    /** The largest page any list serves. */
    public static final int MAX_PAGE_SIZE = 200;

    private ApiLimits() {
    }

    /**
     * Every operation with a {@code size} query parameter (a list) refuses {@code size} above 200, below 1, and a
     * negative {@code page}, with a 400 or 422 problem naming the parameter, and serves {@code size=200}; asked by a
     * principal the matrix allows, with the fixtures' ids.
     */
    public static void listsCapTheirPageSize(String matrixResource, MatrixFixtures fixtures) {
        OpenApiSpec spec = OpenApiSpec.fetch();
        AuthorizationMatrix matrix = AuthorizationMatrix.load(matrixResource);
        List<String> problems = new ArrayList<>();
        int lists = 0;
        for (ApiOperation op : spec.operations()) {
            if (op.parameters("query").stream().noneMatch(p -> p.name().equals("size"))) {
                continue;
            }
            lists++;
            AuthorizationMatrix.Entry entry = matrix.entry(op.key());
            if (entry == null) {
                problems.add(op.key() + " is not in " + matrix.source());
                continue;
            }
            Principal who = entry.allowed().stream().sorted(Comparator.comparing(p -> p == Principal.ANONYMOUS ? 1 : 0))
                    .findFirst().orElse(Principal.ANONYMOUS);
            PreparedCall base = entry.prepare(op, who, fixtures.variables(new MatrixCall(op, who)), fixtures);
            expectRefused(problems, op, base.withQuery("size", Integer.toString(MAX_PAGE_SIZE + 1)), "size");
            expectRefused(problems, op, base.withQuery("size", "0"), "size");
            expectRefused(problems, op, base.withQuery("size", "99999999999"), "size");
            expectRefused(problems, op, base.withQuery("page", "-1"), "page");
            Response max = base.withQuery("size", Integer.toString(MAX_PAGE_SIZE)).send();
            if (max.statusCode() != 200) {
                problems.add(op.key() + " size=" + MAX_PAGE_SIZE + ": expected 200, got " + max.statusCode());
            }
        }
        assertTrue(lists > 0, "No list operation (with a size parameter) found");
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    private static void expectRefused(List<String> problems, ApiOperation op, PreparedCall call, String field) {
        Response response = call.send();
        int status = response.statusCode();
        String body = response.asString();
        if (status != 400 && status != 422) {
            problems.add(call.target() + ": expected 400 or 422, got " + status + " " + body);
        } else if (!String.valueOf(response.contentType()).startsWith("application/problem+json")
                || !body.contains("\"" + field + "\"")) {
            problems.add(call.target() + ": the " + status + " is not a problem naming " + field + ": " + body);
        }
    }
}
