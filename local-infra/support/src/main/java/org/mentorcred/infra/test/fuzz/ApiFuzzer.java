package org.mentorcred.infra.test.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import org.mentorcred.infra.test.LogCapture;
import org.mentorcred.infra.test.authz.AuthorizationMatrix;
import org.mentorcred.infra.test.authz.MatrixCall;
import org.mentorcred.infra.test.authz.MatrixFixtures;
import org.mentorcred.infra.test.authz.PreparedCall;
import org.mentorcred.infra.test.authz.Principal;
import org.mentorcred.infra.test.openapi.ApiOperation;
import org.mentorcred.infra.test.openapi.OpenApiSpec;

import io.restassured.response.Response;

/**
 * Sends every operation of a service's live OpenAPI document spoiled requests ({@link Mutations}) with the credentials
 * of a principal the authorisation matrix allows and the test's fixture ids, round-robin until a time budget is spent,
 * and fails listing every response that gives something away or breaks the error contract:
 * <ul>
 * <li>no 5xx,</li>
 * <li>no stack trace, exception class name or SQL in any body (unless the request itself contained that text),</li>
 * <li>every 4xx a {@code application/problem+json} body with its status.</li>
 * </ul>
 * No token or API key sent may reach the service's log either.
 * The run is reproducible: the seed is printed and taken from {@code -Dmentorcred.fuzz.seed}; the budget from
 * {@code -Dmentorcred.fuzz.budget} (an ISO-8601 or {@code 45s} duration).
 */
public final class ApiFuzzer {

    private static final String PROBLEM = "application/problem+json";
    /** What a response must never contain: traces, class names, SQL and database errors. */
    private static final List<Pattern> LEAKS = List.of(
            Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\([\\w$]*\\.java:\\d+\\)"),
            Pattern.compile("\\b(java|javax|jakarta|org\\.hibernate|org\\.postgresql|io\\.quarkus|io\\.vertx|"
                    + "com\\.fasterxml|org\\.jboss|io\\.smallrye|org\\.mentorcred)\\.[\\w.$]+"),
            Pattern.compile("\\b[A-Z]\\w*(Exception|Error)\\b(?![-\\w])"),
            Pattern.compile("(?i)\\b(select\\s+[\\w*,\\s]+\\s+from|insert\\s+into|update\\s+\\w+\\s+set|delete\\s+from)\\b"),
            Pattern.compile("(?i)(SQLState|syntax error at or near|violates (unique|foreign key|check) constraint|"
                    + "duplicate key value|PSQLException|relation \"\\w+\" does not exist)"));

    private static final Pattern JWT = Pattern.compile("[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}");
    private static final Pattern CE_TYPE = Pattern.compile("org\\.mentorcred\\.[a-z]+\\.[A-Z]\\w*\\.v\\d+");

    private final OpenApiSpec spec;
    private final AuthorizationMatrix matrix;
    private final MatrixFixtures fixtures;
    private Duration budget = Duration.parse("PT" + System.getProperty("mentorcred.fuzz.budget", "45s").toUpperCase(
            Locale.ROOT).replace("PT", ""));
    private long seed = seed();
    private final List<String> skipped = new ArrayList<>();

    /** The seed CI uses, so that a CI failure repeats exactly. */
    static final long CI_SEED = 20_261_207L;

    /**
     * {@code -Dmentorcred.fuzz.seed=N} repeats a run; {@code -Dmentorcred.fuzz.seed=random} draws a new seed. Without
     * it, CI (the {@code CI} environment variable is {@code true}) uses {@link #CI_SEED} and a developer's run a new
     * seed each time, so the cases add up from run to run. The seed is printed either way.
     */
    static long seed() {
        String configured = System.getProperty("mentorcred.fuzz.seed", "").strip();
        if (configured.equalsIgnoreCase("random")) {
            return System.nanoTime();
        }
        if (!configured.isEmpty()) {
            return Long.parseLong(configured);
        }
        return "true".equalsIgnoreCase(System.getenv("CI")) ? CI_SEED : System.nanoTime();
    }

    private ApiFuzzer(OpenApiSpec spec, AuthorizationMatrix matrix, MatrixFixtures fixtures) {
        this.spec = spec;
        this.matrix = matrix;
        this.fixtures = fixtures;
    }

    /** Fuzzes the service of this {@code @QuarkusTest}, with the principals and requests of its matrix. */
    public static ApiFuzzer of(String matrixResource, MatrixFixtures fixtures) {
        return new ApiFuzzer(OpenApiSpec.fetch(), AuthorizationMatrix.load(matrixResource), fixtures);
    }

    public ApiFuzzer budget(Duration value) {
        if (System.getProperty("mentorcred.fuzz.budget") == null) {
            this.budget = value;
        }
        return this;
    }

    /** Leaves an operation out (say, one whose every call has a lasting effect), with the reason for the report. */
    public ApiFuzzer skip(String operationKey, String reason) {
        skipped.add(operationKey + " — " + reason);
        return this;
    }

    public void run() {
        Random random = new Random(seed);
        Mutations.seed(seed);
        List<ApiOperation> operations = spec.operations().stream()
                .filter(op -> skipped.stream().noneMatch(s -> s.startsWith(op.key() + " — ")))
                .sorted(Comparator.comparing(ApiOperation::key)).toList();
        Map<String, PreparedCall> bases = new LinkedHashMap<>();
        java.util.Set<String> needCredentials = new java.util.HashSet<>();
        for (ApiOperation op : operations) {
            AuthorizationMatrix.Entry entry = matrix.entry(op.key());
            if (entry == null) {
                fail(op.key() + " is not in " + matrix.source() + ": add it to the matrix first");
            }
            Principal principal = entry.allowed().stream()
                    .sorted(Comparator.comparing(p -> p == Principal.ANONYMOUS ? 1 : 0)).findFirst()
                    // No principal: the operation's credential is not a token or key (a signed webhook, say).
                    .orElse(Principal.ANONYMOUS);
            if (!entry.allowed().contains(Principal.ANONYMOUS)) {
                needCredentials.add(op.key());
            }
            bases.put(op.key(), entry.prepare(op, principal, fixtures.variables(new MatrixCall(op, principal)),
                    fixtures));
        }
        List<String> findings = new ArrayList<>();
        java.util.Set<String> credentials = new java.util.HashSet<>();
        long deadline = System.nanoTime() + budget.toNanos();
        int sent = 0;
        LogCapture logs = LogCapture.start();
        try {
            while (System.nanoTime() < deadline && findings.size() < 50) {
                for (ApiOperation op : operations) {
                    if (System.nanoTime() >= deadline) {
                        break;
                    }
                    Mutation mutation = Mutations.any(op, bases.get(op.key()), random);
                    Response response;
                    try {
                        response = mutation.call().send();
                    } catch (Exception e) { // REST Assured rethrows I/O failures unchecked
                        if (!overCodecLimits(mutation.call())) {
                            findings.add(op.key() + " [" + mutation.description() + "]: the connection failed: " + e);
                        }
                        continue;
                    }
                    sent++;
                    credentialsOf(mutation.call(), credentials);
                    String finding = check(mutation, response);
                    if (finding == null && response.statusCode() / 100 == 2 && needCredentials.contains(op.key())
                            && spoilsCredentials(bases.get(op.key()), mutation)) {
                        finding = response.statusCode() + " to a request whose credentials were spoiled";
                    }
                    if (finding != null) {
                        findings.add(op.key() + " [" + mutation.kind() + ": " + mutation.description() + "] → " + finding);
                    }
                }
            }
            try {
                logs.assertNoneOf(credentials);
            } catch (AssertionError e) {
                findings.add("a credential sent reached the log: " + e.getMessage());
            }
        } finally {
            logs.close();
        }
        System.out.printf("API fuzzer: %d requests to %d operations in %s, seed %d, %d findings%n", sent,
                operations.size(), budget, seed, findings.size());
        if (!findings.isEmpty()) {
            fail(findings.size() + " bad answers to fuzzed requests (repeat with -Dmentorcred.fuzz.seed=" + seed
                    + "):\n" + String.join("\n", findings));
        }
    }

    /**
     * The mutation replaced the credential the operation's request carries (its bearer token or its API key) with a
     * bad one: an expired or unsigned token, junk. Such a request must never succeed. (A bad bearer token added to
     * a request authenticated by its API key, or to an anonymous one, spoils nothing.)
     */
    static boolean spoilsCredentials(PreparedCall base, Mutation mutation) {
        if (!"credentials".equals(mutation.kind())) {
            return false;
        }
        for (String header : List.of("Authorization", "X-API-Key")) {
            String before = base.headers().get(header);
            if (before != null && !before.equals(mutation.call().headers().get(header))) {
                return true;
            }
        }
        return false;
    }

    /** What is wrong with the answer to a spoiled request, or null. */
    static String check(Mutation mutation, Response response) {
        int status = response.statusCode();
        String body = response.asString();
        String type = String.valueOf(response.contentType());
        if (status >= 500) {
            return status + " " + abbreviate(body);
        }
        if ((status == 414 || status == 431) && body.isEmpty()) {
            // The HTTP codec refuses a request line or headers over its limits before any of our code runs; it
            // answers with no body, so nothing can leak, and no handler of ours can turn it into a problem.
            return null;
        }
        // Event types (org.mentorcred.<service>.<Event>.v<N>) are data of the outbox views, not class names.
        body = CE_TYPE.matcher(body).replaceAll("");
        String sent = sentText(mutation.call());
        for (Pattern leak : LEAKS) {
            var m = leak.matcher(body);
            while (m.find()) {
                if (!sent.contains(m.group())) {
                    return status + " leaks '" + m.group() + "': " + abbreviate(body);
                }
            }
        }
        if (status >= 400) {
            if (!type.startsWith(PROBLEM)) {
                return status + " is " + type + ", not " + PROBLEM + ": " + abbreviate(body);
            }
            if (!body.contains("\"status\":" + status)) {
                return status + " problem without its status: " + abbreviate(body);
            }
        }
        return null;
    }

    /**
     * A request line or header beyond what the HTTP codec reads (4 KB, 8 KB): it refuses and closes the connection,
     * possibly while the client is still writing, before any of our code runs.
     */
    private static boolean overCodecLimits(PreparedCall call) {
        int line = call.target().length();
        int headers = call.headers().entrySet().stream().mapToInt(h -> h.getKey().length() + h.getValue().length() + 4)
                .sum();
        return line > 4000 || headers > 8000;
    }

    /** The tokens and keys a request carried (long enough to be secrets rather than junk). */
    private static void credentialsOf(PreparedCall call, java.util.Set<String> into) {
        String authorization = call.headers().get("Authorization");
        // Only real credentials: signed tokens (three base64url parts) and our API keys, not the junk the fuzzer
        // sends in their place (which the service may well log as the bad input it is).
        if (authorization != null && authorization.startsWith("Bearer ")
                && JWT.matcher(authorization.substring("Bearer ".length())).matches()) {
            into.add(authorization.substring("Bearer ".length()));
        }
        String key = call.headers().get("X-API-Key");
        if (key != null && key.matches("mcpk_[A-Za-z0-9]{8}_[A-Za-z0-9]{40}")) {
            into.add(key.substring(key.lastIndexOf('_') + 1));
        }
    }

    private static String sentText(PreparedCall call) {
        StringBuilder all = new StringBuilder(call.target());
        call.headers().values().forEach(all::append);
        if (call.body() != null) {
            all.append(new String(call.body(), StandardCharsets.UTF_8));
        }
        return all.toString();
    }

    private static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 400 ? flat.substring(0, 400) + "…" : flat;
    }
}
