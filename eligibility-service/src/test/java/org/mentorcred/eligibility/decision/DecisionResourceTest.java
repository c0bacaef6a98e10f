package org.mentorcred.eligibility.decision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.mentorcred.eligibility.Submissions.APPLICATION_EVENTS;
import static org.mentorcred.eligibility.Submissions.ELIGIBILITY_EVENTS;
import static org.mentorcred.eligibility.Submissions.SUBMITTED;
import static org.mentorcred.eligibility.Submissions.awaitDecided;
import static org.mentorcred.eligibility.Submissions.example;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorcred.infra.test.TestProducer;
import org.mentorcred.infra.test.TestTokens;
import org.mentorcred.infra.test.TopicProbe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/** GET /api/v1/eligibility/decisions/{applicationId}: the applicant it belongs to, reviewers and admins. */
@QuarkusTest
class DecisionResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static UUID applicationId;
    static String owner;
    static JsonNode event;

    /** An ineligible IPMA_AM application (28 service hours), decided through the broker once for these read-only tests. */
    @BeforeEach
    void decideAnApplication() {
        if (event != null) {
            return;
        }
        applicationId = UUID.randomUUID();
        owner = "owner-" + applicationId;
        ObjectNode submitted = example(applicationId, owner);
        submitted.put("programme", "IPMA_AM");
        ObjectNode evidence = (ObjectNode) submitted.get("evidence");
        evidence.withArray("engagements").remove(1);
        evidence.withArray("engagements").remove(0);
        try (TestProducer producer = new TestProducer(bootstrap);
                TopicProbe probe = TopicProbe.fromNow(bootstrap, ELIGIBILITY_EVENTS)) {
            producer.sendEvent(APPLICATION_EVENTS, applicationId.toString(), SUBMITTED, submitted.toString());
            event = awaitDecided(probe, applicationId);
        }
    }

    @Test
    void theApplicantReadsTheirDecisionExplained() {
        given().header("Authorization", TestTokens.bearer("applicant", owner))
                .when().get("/api/v1/eligibility/decisions/{id}", applicationId)
                .then().statusCode(200)
                .body("decisionId", equalTo(event.get("decisionId").asText()))
                .body("applicationId", equalTo(applicationId.toString()))
                .body("programme", equalTo("IPMA_AM"))
                .body("eligible", equalTo(false))
                .body("ruleSetVersion", equalTo(1))
                .body("submittedAt", equalTo("2026-11-20T10:15:30Z"))
                .body("requirements", hasSize(2))
                .body("requirements[0].code", equalTo("SERVICE_HOURS"))
                .body("requirements[0].required", equalTo("40"))
                .body("requirements[0].actual", equalTo("28"))
                .body("requirements[0].explanation", equalTo("12 more service hours on completed engagements"))
                .body("requirements[1].met", equalTo(true))
                .body("requirements[1].explanation", nullValue())
                .body("missing", equalTo(List.of("12 more service hours on completed engagements")));
    }

    @Test
    void reviewersAndAdminsReadAnyDecision() {
        for (String role : new String[] { "reviewer", "admin" }) {
            given().header("Authorization", TestTokens.bearer(role, role + "-1"))
                    .when().get("/api/v1/eligibility/decisions/{id}", applicationId)
                    .then().statusCode(200).body("applicationId", equalTo(applicationId.toString()));
        }
    }

    @Test
    void anotherApplicantIsForbidden() {
        given().header("Authorization", TestTokens.bearer("applicant", "someone-else"))
                .when().get("/api/v1/eligibility/decisions/{id}", applicationId)
                .then().statusCode(403).contentType(PROBLEM).body("status", equalTo(403));
    }

    @Test
    void otherStaffRolesAreForbidden() {
        for (String role : new String[] { "finance", "proctor" }) {
            given().header("Authorization", TestTokens.bearer(role, role + "-1"))
                    .when().get("/api/v1/eligibility/decisions/{id}", applicationId)
                    .then().statusCode(403).contentType(PROBLEM);
        }
    }

    @Test
    void withoutATokenItIsUnauthorized() {
        given().when().get("/api/v1/eligibility/decisions/{id}", applicationId)
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void anUnknownApplicationIsNotFound() {
        given().header("Authorization", TestTokens.bearer("admin", "admin-1"))
                .when().get("/api/v1/eligibility/decisions/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM).body("type", equalTo("https://mentorcred.org/problems/not-found"));
        given().header("Authorization", TestTokens.bearer("admin", "admin-1"))
                .when().get("/api/v1/eligibility/decisions/not-a-uuid")
                .then().statusCode(404).contentType(PROBLEM);
    }
}
