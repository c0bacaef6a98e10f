package org.mentorcred.application.application;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorcred.application.support.Fixtures.PROBLEM;
import static org.mentorcred.application.support.Fixtures.applicant;
import static org.mentorcred.application.support.Fixtures.asAdmin;
import static org.mentorcred.application.support.Fixtures.asApplicant;
import static org.mentorcred.application.support.Fixtures.asPartner;
import static org.mentorcred.application.support.Fixtures.completeCpm;
import static org.mentorcred.application.support.Fixtures.completion;
import static org.mentorcred.application.support.Fixtures.createKey;
import static org.mentorcred.application.support.Fixtures.createProvider;
import static org.mentorcred.application.support.Fixtures.engagement;
import static org.mentorcred.application.support.Fixtures.fresh;
import static org.mentorcred.application.support.Fixtures.get;
import static org.mentorcred.application.support.Fixtures.open;
import static org.mentorcred.application.support.Fixtures.post;
import static org.mentorcred.application.support.Fixtures.provider;
import static org.mentorcred.application.support.Fixtures.put;
import static org.mentorcred.application.support.Fixtures.submit;
import static org.mentorcred.application.support.Fixtures.supervision;
import org.mentorcred.application.support.Fixtures;
import static org.mentorcred.infra.test.TopicProbe.ofType;
import static org.mentorcred.infra.test.TopicProbe.withKey;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.mentorcred.infra.test.EventContracts;
import org.mentorcred.infra.test.TopicProbe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class SubmissionTest {

    static final String SUBMITTED = "org.mentorcred.application.ApplicationSubmitted.v1";
    static final String WITHDRAWN = "org.mentorcred.application.ApplicationWithdrawn.v1";
    static final Duration WAIT = Duration.ofSeconds(30);
    static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void incompleteCpmSubmissionListsEachMissingItemAndChangesNothing() {
        String subject = applicant();
        String id = open(subject, "IMC_CPM");
        String etag = Fixtures.etag(subject, id);

        submit(subject, id).statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/application-incomplete"))
                .body("violations.field", contains("trainings", "engagements", "references", "supervision"))
                .body("violations.message", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyString())));

        // Part-filled: only what is still missing is listed.
        String base = "/api/v1/applications/" + id;
        post(subject, base + "/engagements", engagement("Jonas Berg")).statusCode(201);
        put(subject, base + "/supervision", supervision()).statusCode(200);
        submit(subject, id).statusCode(422)
                .body("violations.field", contains("trainings", "references"));

        get(subject, id).body("status", equalTo("DRAFT")).body("timeline", hasSize(1)).body("submittedAt", org.hamcrest.Matchers.nullValue());
        assertTrue(!etag.equals(Fixtures.etag(subject, id)), "edits moved the version, the refused submit did not matter");
    }

    @Test
    void completeSubmissionIsAnnouncedWithTheFullEvidenceAndBecomesReadOnly() throws Exception {
        // A partner reports a completion for the applicant's e-mail, in other letter case.
        String subject = applicant();
        String email = subject + "@example.org";
        String providerId = createProvider(provider(fresh("Global Mentor Institute"), "ENDORSED", 48.85, 2.35, true));
        String recordId = asPartner(createKey(providerId)).contentType(ContentType.JSON)
                .body(completion(fresh("ENR"), email.toUpperCase()))
                .when().post("/partner/v1/completions").then().statusCode(201).extract().path("id");

        String id = open(subject, "IMC_CPM");
        completeCpm(subject, id);
        try (TopicProbe probe = TopicProbe.fromNow(bootstrap, "application-events")) {
            String etag = Fixtures.etag(subject, id);
            asApplicant(subject).header("If-Match", etag).when().post("/api/v1/applications/" + id + "/submit")
                    .then().statusCode(200)
                    .body("status", equalTo("SUBMITTED"))
                    .body("editable", equalTo(false))
                    .body("submittedAt", notNullValue())
                    .body("catalogueVersion", equalTo("2026-12"))
                    .body("timeline.to", contains("DRAFT", "SUBMITTED"))
                    .body("timeline[1].from", equalTo("DRAFT"))
                    .body("timeline[1].actorRole", equalTo("applicant"));

            ConsumerRecord<String, String> record = probe.awaitOne(ofType(SUBMITTED).and(withKey(id)), WAIT);
            EventContracts.assertValid("application-service", "ApplicationSubmitted", record.value());
            assertEquals(SUBMITTED, EventContracts.ceType("application-service", "ApplicationSubmitted"));
            JsonNode event = JSON.readTree(record.value());
            assertEquals(id, event.get("applicationId").asText());
            assertEquals("IMC_CPM", event.get("programme").asText());
            assertEquals(subject, event.at("/applicant/subject").asText());
            assertEquals(email, event.at("/applicant/email").asText());
            assertEquals("GB", event.at("/applicant/country").asText());
            assertEquals(51.5072, event.at("/applicant/latitude").asDouble());
            assertTrue(event.at("/applicant/member").asBoolean());
            assertEquals("2021-03-01", event.at("/applicant/memberSince").asText());
            assertEquals(3, event.at("/evidence/engagements").size());
            assertEquals("CONTACT", event.at("/evidence/engagements/0/reference/kind").asText());
            assertEquals("BOTH", event.at("/evidence/supervision/focus").asText());
            // The IMC's CPM page asks for no ethics declaration, so the catalogue requires none and none was made.
            assertTrue(event.at("/evidence/ethics").isMissingNode() || event.at("/evidence/ethics").isNull());

            JsonNode trainings = event.at("/evidence/trainings");
            assertEquals(2, trainings.size());
            assertEquals("APPLICANT", trainings.get(0).get("source").asText());
            assertEquals("CERTIFICATE", trainings.get(0).get("evidence").asText());
            JsonNode partner = trainings.get(1);
            assertEquals("PARTNER", partner.get("source").asText());
            assertEquals(recordId, partner.get("trainingId").asText());
            assertEquals(providerId, partner.get("providerId").asText());
            assertEquals("ENDORSED", partner.get("centreType").asText());
            assertTrue(partner.get("centreName").asText().startsWith("Global Mentor Institute"));
            assertEquals("PARTNER_RECORD", partner.get("evidence").asText());
            assertTrue(partner.get("verified").asBoolean());
            assertTrue(partner.get("documentId").isNull());
        }

        // Read-only for the applicant now, and submitting again is an illegal move.
        put(subject, "/api/v1/applications/" + id + "/supervision", supervision())
                .statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/application-not-editable"))
                .body("currentState", equalTo("SUBMITTED"));
        Fixtures.upload(subject, id, "application/pdf", Fixtures.pdf()).statusCode(409).body("currentState", equalTo("SUBMITTED"));
        submit(subject, id).statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/illegal-transition"))
                .body("currentState", equalTo("SUBMITTED"));
    }

    @Test
    void withdrawingASubmittedApplicationIsAnnouncedAndFinal() throws Exception {
        String subject = applicant();
        String id = open(subject, "IMC_CPM");
        completeCpm(subject, id);
        submit(subject, id).statusCode(200);
        try (TopicProbe probe = TopicProbe.fromNow(bootstrap, "application-events")) {
            asApplicant(subject).contentType(ContentType.JSON).body(Map.of("reason", "Changed my plans"))
                    .when().post("/api/v1/applications/" + id + "/withdraw")
                    .then().statusCode(200)
                    .body("status", equalTo("WITHDRAWN"))
                    .body("timeline.to", contains("DRAFT", "SUBMITTED", "WITHDRAWN"))
                    .body("timeline[2].reason", equalTo("Changed my plans"));

            ConsumerRecord<String, String> record = probe.awaitOne(ofType(WITHDRAWN).and(withKey(id)), WAIT);
            EventContracts.assertValid("application-service", "ApplicationWithdrawn", record.value());
            JsonNode event = JSON.readTree(record.value());
            assertEquals("SUBMITTED", event.get("previousStatus").asText());
            assertEquals("Changed my plans", event.get("reason").asText());
            assertEquals(subject + "@example.org", event.at("/applicant/email").asText());
        }
        asApplicant(subject).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/applications/" + id + "/withdraw")
                .then().statusCode(409).contentType(PROBLEM).body("currentState", equalTo("WITHDRAWN"));
        asAdmin().contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/applications/" + id + "/withdraw")
                .then().statusCode(409).body("currentState", equalTo("WITHDRAWN"));
    }

    @Test
    void withdrawingADraftIsRecordedButNotAnnounced() {
        String subject = applicant();
        String id = open(subject, "IPMA_AM");
        asApplicant(subject).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/applications/" + id + "/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("timeline[1].actor", equalTo(subject));
        // The outbox is written in the withdrawal's transaction: nothing there means nothing will be published.
        List<String> keys = asAdmin().queryParam("status", "ALL").queryParam("size", 200)
                .when().get("/api/v1/admin/outbox/events").then().statusCode(200).extract().path("items.key");
        assertTrue(!keys.contains(id), "a draft's withdrawal is not announced");
    }

    @Test
    void anAdminMayWithdrawForTheApplicant() {
        String subject = applicant();
        String id = open(subject, "IPMA_AM");
        asAdmin().contentType(ContentType.JSON).body(Map.of("reason", "Duplicate account"))
                .when().post("/api/v1/applications/" + id + "/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("timeline[1].actorRole", equalTo("admin"));
        Fixtures.asReviewer().contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/applications/" + open(subject, "IPMA_AM") + "/withdraw")
                .then().statusCode(403);
    }
}
