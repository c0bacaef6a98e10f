package org.mentorcred.infra.test.authz;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.mentorcred.infra.test.openapi.ApiOperation;
import org.mentorcred.infra.test.openapi.OpenApiSpec;

import io.restassured.response.Response;

/**
 * Runs a service's {@link AuthorizationMatrix} against the running service: every operation of its live OpenAPI
 * document, by every {@link Principal}. Fails, listing everything at once, when an operation of the document is not in
 * the matrix, the matrix names one the document lacks, or a call's status differs from the matrix. A refusal (401,
 * 403) must be a problem+json. Denied calls run before allowed ones, so they meet the fixture as the test made it.
 *
 * <pre>
 * &#64;QuarkusTest
 * class AuthorizationMatrixTest {
 *     &#64;Test
 *     void everyOperationAdmitsExactlyItsPrincipals() {
 *         AuthorizationMatrixCheck.verify("authorization-matrix.yaml", call -&gt; Map.of("invoice", invoiceOfA));
 *     }
 * }
 * </pre>
 */
public final class AuthorizationMatrixCheck {

    private static final String PROBLEM = "application/problem+json";

    private AuthorizationMatrixCheck() {
    }

    public static void verify(String matrixResource, MatrixFixtures fixtures) {
        OpenApiSpec spec = OpenApiSpec.fetch();
        AuthorizationMatrix matrix = AuthorizationMatrix.load(matrixResource);
        List<String> problems = new ArrayList<>(coverage(spec, matrix));
        problems.addAll(ownership(spec, matrix));
        int calls = 0;
        for (ApiOperation operation : spec.operations().stream()
                .sorted(Comparator.comparing((ApiOperation op) -> matrix.entry(op.key()) != null
                        && matrix.entry(op.key()).last()).thenComparing(ApiOperation::key))
                .toList()) {
            AuthorizationMatrix.Entry entry = matrix.entry(operation.key());
            if (entry == null) {
                continue;
            }
            List<Map.Entry<Principal, Expectation>> order = new ArrayList<>(entry.expect().entrySet());
            order.sort(Comparator.comparing((Map.Entry<Principal, Expectation> e) -> !e.getValue().denial()));
            for (Map.Entry<Principal, Expectation> expected : order) {
                calls++;
                Principal principal = expected.getKey();
                MatrixCall call = new MatrixCall(operation, principal);
                PreparedCall request;
                try {
                    request = entry.prepare(operation, principal, fixtures.variables(call), fixtures);
                } catch (RuntimeException e) {
                    problems.add(operation.key() + " as " + principal.key() + ": cannot prepare the call: "
                            + e.getMessage());
                    continue;
                }
                Response response = request.send();
                int status = response.statusCode();
                if (!expected.getValue().matches(status)) {
                    problems.add(operation.key() + " as " + principal.key() + " (" + request.target() + "): expected "
                            + expected.getValue() + ", got " + status + " " + abbreviate(response.asString()));
                } else if ((status == 401 || status == 403)
                        && !String.valueOf(response.contentType()).startsWith(PROBLEM)) {
                    problems.add(operation.key() + " as " + principal.key() + ": " + status + " is not " + PROBLEM
                            + " but " + response.contentType());
                }
            }
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " of the authorisation matrix " + matrix.source() + " (" + calls
                    + " calls) failed:\n" + String.join("\n", problems));
        }
    }

    /** Operations the document has and the matrix lacks, and stale matrix rows. */
    static List<String> coverage(OpenApiSpec spec, AuthorizationMatrix matrix) {
        Set<String> documented = new TreeSet<>();
        spec.operations().forEach(op -> documented.add(op.key()));
        List<String> problems = new ArrayList<>();
        for (String key : documented) {
            if (!matrix.keys().contains(key)) {
                problems.add(key + " is in the OpenAPI document but not in the matrix");
            }
        }
        for (String key : new TreeSet<>(matrix.keys())) {
            if (!documented.contains(key)) {
                problems.add(key + " is in the matrix but not in the OpenAPI document (stale)");
            }
        }
        return problems;
    }

    /**
     * An operation on one resource that applicant A (or partner X) may call, and that is not public, must refuse the
     * other owner: B's (Y's) call is the "another owner's id" case, as fixtures belong to A (X).
     */
    static List<String> ownership(OpenApiSpec spec, AuthorizationMatrix matrix) {
        List<String> problems = new ArrayList<>();
        for (ApiOperation operation : spec.operations()) {
            AuthorizationMatrix.Entry entry = matrix.entry(operation.key());
            if (entry == null || !operation.takesId() || entry.expect().get(Principal.ANONYMOUS).allowed()) {
                continue;
            }
            if (entry.expect().get(Principal.APPLICANT_A).allowed()
                    && entry.expect().get(Principal.APPLICANT_B).allowed()) {
                problems.add(operation.key() + " takes an id that applicant A may use: applicant B must be refused");
            }
            if (entry.expect().get(Principal.PARTNER_X).allowed() && entry.expect().get(Principal.PARTNER_Y).allowed()) {
                problems.add(operation.key() + " takes an id that partner X may use: partner Y must be refused");
            }
        }
        return problems;
    }

    static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
