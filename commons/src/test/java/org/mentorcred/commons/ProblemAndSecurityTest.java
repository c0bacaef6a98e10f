package org.mentorcred.commons;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mentorcred.infra.jwt.JwtTokens;
import org.mentorcred.infra.test.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ProblemAndSecurityTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void invalidFieldsAreEachListed() {
        given().contentType(ContentType.JSON)
                .body("{\"id\":\"" + UUID.randomUUID() + "\",\"name\":\" \",\"mode\":\"ONLINE\","
                        + "\"lines\":[{\"name\":\"\",\"hours\":-1}]}")
                .when().post("/probe/forms")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/validation"))
                .body("title", equalTo("Invalid request"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/probe/forms"))
                .body("violations.field", hasItems("name", "lines[0].name", "lines[0].hours"));
    }

    @Test
    void missingRequiredFieldsAreListed() {
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/probe/forms")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItems("id", "name", "mode", "lines"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        given().contentType(ContentType.JSON).body("{\"id\": ")
                .when().post("/probe/forms")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/malformed-json"))
                .body("detail", startsWith("The request body is not valid JSON"));
    }

    @Test
    void valuesOfTheWrongTypeNameTheFieldAndWhatIsExpected() {
        given().contentType(ContentType.JSON).body("{\"id\":\"not-a-uuid\",\"name\":\"x\",\"mode\":\"ONLINE\",\"lines\":[]}")
                .when().post("/probe/forms")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("id"))
                .body("violations[0].message", equalTo("must be a UUID"));
        given().contentType(ContentType.JSON).body("{\"mode\":\"BY_PIGEON\"}")
                .when().post("/probe/forms")
                .then().statusCode(400)
                .body("violations.find { it.field == 'mode' }.message", equalTo("must be one of ONLINE, IN_PERSON, BLENDED"));
        given().contentType(ContentType.JSON).body("{\"startDate\":\"31/01/2026\"}")
                .when().post("/probe/forms")
                .then().statusCode(400)
                .body("violations.find { it.field == 'startDate' }.message", equalTo("must be a date (YYYY-MM-DD)"));
        given().contentType(ContentType.JSON).body("{\"lines\":[{\"name\":\"a\",\"hours\":\"many\"}]}")
                .when().post("/probe/forms")
                .then().statusCode(400)
                .body("violations.find { it.field == 'lines[0].hours' }.message", equalTo("must be a number"));
    }

    @Test
    void invalidQueryParameterIsNamed() {
        given().queryParam("size", 1000)
                .when().get("/probe/pages")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("size"));
    }

    @Test
    void aPageBeyondTheDatabasesReachIsA400NotAnOverflow() {
        // page * size once overflowed an int and reached the database as a negative offset: a 500
        given().header("Authorization", TestTokens.bearer("admin", "admin-1"))
                .queryParam("page", 1_014_738_958).queryParam("size", 200)
                .when().get("/api/v1/admin/outbox/events")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("page"));
        given().header("Authorization", TestTokens.bearer("admin", "admin-1"))
                .queryParam("page", 1_000_000).queryParam("size", 200)
                .when().get("/api/v1/admin/outbox/events")
                .then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void domainProblemsKeepTheirStatusTypeAndExtensions() {
        UUID id = UUID.randomUUID();
        given().when().get("/probe/things/" + id)
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/not-found"))
                .body("detail", equalTo("Thing " + id + " does not exist"));
        given().when().post("/probe/conflicts")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/illegal-transition"))
                .body("currentState", equalTo("APPROVED"));
    }

    @Test
    void unexpectedErrorsRevealNothingButAnErrorId() {
        given().when().get("/probe/crash")
                .then().statusCode(500).contentType(PROBLEM)
                .body("errorId", matchesPattern("[0-9a-f-]{36}"))
                .body("detail", containsString("error id"))
                .body(not(containsString("SELECT")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("at org.")));
    }

    @Test
    void anExhaustedConnectionPoolIsABusy503WithRetryAfterNotA500() {
        given().when().get("/probe/pool-exhausted")
                .then().statusCode(503).contentType(PROBLEM)
                .header("Retry-After", "2")
                .body("type", equalTo("https://mentorcred.org/problems/busy"))
                .body("retryAfterSeconds", equalTo(2))
                .body(not(containsString("acquisition")))
                .body(not(containsString("SQLException")));
    }

    @Test
    void unknownRoutesWrongMethodsAndMediaTypesAreProblems() {
        given().when().delete("/probe/forms")
                .then().statusCode(405).contentType(PROBLEM);
        given().contentType(ContentType.TEXT).body("hello")
                .when().post("/probe/forms")
                .then().statusCode(415).contentType(PROBLEM);
        given().when().get("/probe/no-such-thing")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void protectedEndpointNeedsAValidToken() {
        given().when().get("/probe/admin-only")
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().header("Authorization", "Bearer " + TestTokens.expired("admin", "a1"))
                .when().get("/probe/admin-only")
                .then().statusCode(401).contentType(PROBLEM);
        given().header("Authorization", "Bearer " + tokenFromAnotherIssuerKey())
                .when().get("/probe/admin-only")
                .then().statusCode(401).contentType(PROBLEM);
        given().header("Authorization", "Bearer not.a.jwt")
                .when().get("/probe/admin-only")
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void wrongRoleIsForbiddenAndTheRightRolePasses() {
        given().header("Authorization", TestTokens.bearer("applicant", "app-1"))
                .when().get("/probe/admin-only")
                .then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/forbidden"));
        given().header("Authorization", TestTokens.bearer("admin", "admin-1"))
                .when().get("/probe/admin-only")
                .then().statusCode(200).body(equalTo("hello admin-1"));
    }

    @Test
    void anApplicantReachesOnlyTheirOwnData() {
        given().header("Authorization", TestTokens.bearer("applicant", "alice"))
                .when().get("/probe/mine/alice").then().statusCode(200);
        given().header("Authorization", TestTokens.bearer("applicant", "bob"))
                .when().get("/probe/mine/alice").then().statusCode(403).contentType(PROBLEM);
        given().header("Authorization", TestTokens.bearer("reviewer", "rita"))
                .when().get("/probe/mine/alice").then().statusCode(200);
    }

    @Test
    void endpointsWithoutAnnotationsAreDenied() {
        given().when().get("/probe/unannotated").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("admin", "admin-1"))
                .when().get("/probe/unannotated").then().statusCode(403);
    }

    @Test
    void readinessCoversTheDatabaseAndKafka() {
        // Readiness follows the broker's connection (another test stops the broker and starts it again), so
        // it is polled: the assertion is that it comes up with both checks, not that it is up at any instant.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> org.mentorcred.infra.test.Management.given().when().get("/q/health/ready")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Kafka", "Database connections health check"))
                .body("checks.find { it.name == 'Kafka' }.data.nodes", notNullValue()));
    }

    private static String tokenFromAnotherIssuerKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return JwtTokens.sign(generator.generateKeyPair().getPrivate(), TestTokens.ISSUER, "mallory",
                    List.of("admin"), null, Duration.ofMinutes(5));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
