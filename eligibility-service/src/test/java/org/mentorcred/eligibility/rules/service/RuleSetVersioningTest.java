package org.mentorcred.eligibility.rules.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorcred.eligibility.Submissions.APPLICATION_EVENTS;
import static org.mentorcred.eligibility.Submissions.ELIGIBILITY_EVENTS;
import static org.mentorcred.eligibility.Submissions.SUBMITTED;
import static org.mentorcred.eligibility.Submissions.awaitDecided;
import static org.mentorcred.eligibility.Submissions.example;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.mentorcred.eligibility.rules.Programme;
import org.mentorcred.eligibility.rules.engine.RuleSet;
import org.mentorcred.eligibility.rules.engine.RuleSetCompiler;
import org.mentorcred.eligibility.rules.model.RequirementSpec;
import org.mentorcred.eligibility.rules.model.RuleSetDocument;
import org.mentorcred.infra.test.TestProducer;
import org.mentorcred.infra.test.TestTokens;
import org.mentorcred.infra.test.TopicProbe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Versions are immutable and dated: an admin publishes the next one, and a decision applies the version in
 * effect on the submission date. The only test that publishes IPMA_AM versions (far in the future, so
 * every other test keeps seeing version 1).
 */
@QuarkusTest
class RuleSetVersioningTest {

    private static final String ADMIN = TestTokens.bearer("admin", "admin-rules");
    private static final String PROBLEM = "application/problem+json";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    RuleSetService ruleSets;

    @Inject
    EntityManager em;

    private static String draft(int version, String effectiveFrom, String minimumHours) {
        return """
                {"version":%d,"effectiveFrom":"%s","requirements":[
                  {"code":"SERVICE_HOURS","kind":"MINIMUM_TOTAL","description":"Hours of mentoring service on completed engagements",
                   "measure":"SERVICE_HOURS","minimum":%s},
                  {"code":"ETHICS_DECLARATION","kind":"DECLARATION","description":"Adopt the IPMA code of ethics and conduct",
                   "declaration":"ETHICS"}]}""".formatted(version, effectiveFrom, minimumHours);
    }

    @Test
    void anAdminPublishesTheNextVersionAndDecisionsApplyTheVersionInEffect() {
        // Every problem of an invalid draft at once.
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(draft(5, "2001-01-01", "0"))
                .when().post("/api/v1/rules/IPMA_AM/versions")
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/invalid-rule-set"))
                .body("violations.field", containsInAnyOrder("requirements[0].minimum", "version", "effectiveFrom",
                        "effectiveFrom"));

        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(draft(2, "2090-01-01", "50.0"))
                .when().post("/api/v1/rules/IPMA_AM/versions")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/rules/IPMA_AM?version=2"))
                .body("version", equalTo(2))
                .body("origin", equalTo("API"))
                .body("requirements[0].minimum", equalTo(50));

        // The same version with the same rules again (a retry) changes nothing.
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(draft(2, "2090-01-01", "50"))
                .when().post("/api/v1/rules/IPMA_AM/versions")
                .then().statusCode(200).body("version", equalTo(2));
        // Other rules under a published version number: refused, the version stays as it was.
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(draft(2, "2090-01-01", "60"))
                .when().post("/api/v1/rules/IPMA_AM/versions")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/rule-set-version-exists"))
                .body("latestVersion", equalTo(2));
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(draft(3, "2089-12-31", "60"))
                .when().post("/api/v1/rules/IPMA_AM/versions")
                .then().statusCode(422).body("violations[0].field", equalTo("effectiveFrom"))
                .body("violations[0].message", containsString("after 2090-01-01"));

        given().queryParam("version", 2).when().get("/api/v1/rules/IPMA_AM")
                .then().statusCode(200).body("requirements[0].minimum", equalTo(50));
        given().when().get("/api/v1/rules/IPMA_AM").then().statusCode(200).body("version", equalTo(1));
        given().when().get("/api/v1/rules/IPMA_AM/versions")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.version", contains(2, 1))
                .body("items.current", contains(false, true));

        // 45 service hours: enough under version 1 (40), not under version 2 (50).
        UUID today = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        try (TestProducer producer = new TestProducer(bootstrap); TopicProbe probe = TopicProbe.fromNow(bootstrap, ELIGIBILITY_EVENTS)) {
            producer.sendEvent(APPLICATION_EVENTS, today.toString(), SUBMITTED, amApplication(today, "2026-11-20T10:15:30Z").toString());
            producer.sendEvent(APPLICATION_EVENTS, later.toString(), SUBMITTED, amApplication(later, "2090-06-01T08:00:00Z").toString());
            JsonNode underVersion1 = awaitDecided(probe, today);
            JsonNode underVersion2 = awaitDecided(probe, later);
            assertEquals(1, underVersion1.get("ruleSetVersion").asInt());
            assertTrue(underVersion1.get("eligible").asBoolean());
            assertEquals(2, underVersion2.get("ruleSetVersion").asInt());
            assertFalse(underVersion2.get("eligible").asBoolean());
            assertEquals("5 more service hours on completed engagements",
                    underVersion2.get("requirements").get(0).get("explanation").asText());
        }
    }

    private static ObjectNode amApplication(UUID applicationId, String submittedAt) {
        ObjectNode submitted = example(applicationId, "versions-" + applicationId);
        submitted.put("programme", "IPMA_AM");
        submitted.put("submittedAt", submittedAt);
        var engagements = submitted.with("evidence").withArray("engagements");
        ((ObjectNode) engagements.get(0)).put("hours", 20);
        ((ObjectNode) engagements.get(1)).put("hours", 25);
        engagements.remove(2);
        return submitted;
    }

    @Test
    void storingTheBundledVersionsAgainChangesNothing() {
        OffsetDateTime before = ruleSets.version(Programme.IMC_CPM, 1).orElseThrow().row().publishedAt;
        ruleSets.storeBundled(RuleSetFiles.read(getClass().getClassLoader(), "rules"));
        assertEquals(before, ruleSets.version(Programme.IMC_CPM, 1).orElseThrow().row().publishedAt);
    }

    @Test
    void aChangedBodyUnderAStoredVersionStopsTheStart() {
        RuleSet stored = ruleSets.version(Programme.IMC_CPM, 1).orElseThrow().ruleSet();
        List<RequirementSpec> requirements = new ArrayList<>(stored.document().requirements());
        RequirementSpec hours = requirements.get(0);
        requirements.set(0, new RequirementSpec(hours.code(), hours.kind(), hours.description(), hours.measure(),
                new BigDecimal("36"), hours.centreTypes(), hours.evidenceRequired(), null, null, null, null, null, null, null,
                null, null, null));
        RuleSet changed = RuleSetCompiler.compile(new RuleSetDocument("IMC_CPM", 1, stored.effectiveFrom(), requirements));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ruleSets.storeBundled(List.of(changed)));
        assertTrue(e.getMessage().contains("rules/IMC_CPM/v1.json differs from version 1 of IMC_CPM"), e.getMessage());
        given().when().get("/api/v1/rules/IMC_CPM").then().body("requirements[0].minimum", equalTo(35));
    }

    @Test
    void theDatabaseRefusesToChangeAStoredVersion() {
        assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("UPDATE rule_set SET effective_from = effective_from - 1 WHERE programme = 'IMC_CPM'")
                .executeUpdate()));
        assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("DELETE FROM rule_set WHERE programme = 'IMC_CPM'").executeUpdate()));
        given().when().get("/api/v1/rules/IMC_CPM").then().statusCode(200).body("effectiveFrom", equalTo("2024-01-01"));
    }
}
