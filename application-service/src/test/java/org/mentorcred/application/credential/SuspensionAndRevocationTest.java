package org.mentorcred.application.credential;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorcred.application.support.Fixtures.PROBLEM;
import static org.mentorcred.application.support.Fixtures.asAdmin;
import static org.mentorcred.application.support.Fixtures.asApplicant;
import static org.mentorcred.application.support.Fixtures.asReviewer;
import static org.mentorcred.application.support.Journeys.WAIT;
import static org.mentorcred.application.support.Journeys.read;
import static org.mentorcred.infra.test.TopicProbe.ofType;
import static org.mentorcred.infra.test.TopicProbe.withKey;

import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.mentorcred.application.support.VcJwts;
import org.mentorcred.infra.test.EventContracts;
import org.mentorcred.infra.test.TopicProbe;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Suspension, reinstatement and revocation as verification, the status lists and the holder's events show them. */
@QuarkusTest
class SuspensionAndRevocationTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    Issued issued;

    @Test
    void aSuspensionShowsUntilTheCredentialIsReinstated() throws Exception {
        Issued.Holder holder = issued.cpm();
        try (TopicProbe probe = TopicProbe.fromNow(bootstrap, "application-events")) {
            action("post", holder.number(), "suspension", "Complaint under investigation").statusCode(200)
                    .body("status", equalTo("SUSPENDED"))
                    .body("statusReason", equalTo("Complaint under investigation"))
                    .body("history.action", contains("ISSUE", "SUSPEND"))
                    .body("history[1].actor", equalTo("admin-1"));
            verification(holder.number()).body("status", equalTo("SUSPENDED")).body("statusReason", equalTo(null));
            assertTrue(VcJwts.statusBit(holder.number(), "suspension"), "suspension bit set");
            assertFalse(VcJwts.statusBit(holder.number(), "revocation"), "not revoked");

            JsonNode suspended = event(probe, "CredentialSuspended", holder.applicationId());
            assertEquals("Complaint under investigation", suspended.get("reason").asText());
            assertEquals(holder.number(), suspended.get("credentialNumber").asText());

            // Suspending again, or reinstating what is not suspended, is a conflict naming the state.
            action("post", holder.number(), "suspension", "Again").statusCode(409).contentType(PROBLEM)
                    .body("type", equalTo("https://mentorcred.org/problems/illegal-transition"))
                    .body("currentState", equalTo("SUSPENDED"));

            action("delete", holder.number(), "suspension", "Investigation closed without finding").statusCode(200)
                    .body("status", equalTo("ACTIVE"));
            verification(holder.number()).body("status", equalTo("ACTIVE"));
            assertFalse(VcJwts.statusBit(holder.number(), "suspension"), "suspension bit cleared");

            JsonNode reinstated = event(probe, "CredentialReinstated", holder.applicationId());
            assertEquals("ACTIVE", reinstated.get("status").asText());
            action("delete", holder.number(), "suspension", "Twice").statusCode(409).body("currentState", equalTo("ACTIVE"));
        }
    }

    @Test
    void aRevocationIsFinalAndShowsInVerificationAndTheRevocationList() throws Exception {
        Issued.Holder holder = issued.cpm();
        try (TopicProbe probe = TopicProbe.fromNow(bootstrap, "application-events")) {
            action("post", holder.number(), "suspension", "Complaint under investigation").statusCode(200);
            action("post", holder.number(), "revocation", "Breach of the code of ethics").statusCode(200)
                    .body("status", equalTo("REVOKED"))
                    .body("history.action", contains("ISSUE", "SUSPEND", "REVOKE"));
            verification(holder.number()).body("status", equalTo("REVOKED"));
            assertTrue(VcJwts.statusBit(holder.number(), "revocation"), "revocation bit set");
            assertFalse(VcJwts.statusBit(holder.number(), "suspension"), "no longer merely suspended");

            JsonNode revoked = event(probe, "CredentialRevoked", holder.applicationId());
            assertEquals("Breach of the code of ethics", revoked.get("reason").asText());

            action("post", holder.number(), "revocation", "Again").statusCode(409).body("currentState", equalTo("REVOKED"));
            action("delete", holder.number(), "suspension", "Undo").statusCode(409).body("currentState", equalTo("REVOKED"));
            action("post", holder.number(), "suspension", "Later").statusCode(409).body("currentState", equalTo("REVOKED"));
        }
    }

    @Test
    void onlyAdminsActAndAlwaysWithAReason() {
        Issued.Holder holder = issued.cpm();
        String path = "/api/v1/credentials/" + holder.number() + "/suspension";
        asReviewer().contentType(ContentType.JSON).body(Map.of("reason", "x")).when().post(path)
                .then().statusCode(403).contentType(PROBLEM);
        asApplicant(holder.subject()).contentType(ContentType.JSON).body(Map.of("reason", "x")).when().post(path)
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("reason", "x")).when().post(path).then().statusCode(401);
        asAdmin().contentType(ContentType.JSON).body(Map.of("reason", " ")).when().post(path)
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("reason"));
        asAdmin().contentType(ContentType.JSON).when().post(path).then().statusCode(400).contentType(PROBLEM);
        asAdmin().contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .when().post("/api/v1/credentials/MC-CPM-1999-999999/revocation").then().statusCode(404).contentType(PROBLEM);
        String etag = asAdmin().when().get("/api/v1/credentials/" + holder.number()).then().extract().header("ETag");
        asAdmin().header("If-Match", "\"999\"").contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .when().post(path).then().statusCode(412).body("currentETag", equalTo(etag));
        verification(holder.number()).body("status", equalTo("ACTIVE"));
    }

    private static ValidatableResponse action(String method, String number, String what, String reason) {
        var request = asAdmin().contentType(ContentType.JSON).body(Map.of("reason", reason)).when();
        String path = "/api/v1/credentials/" + number + "/" + what;
        return (method.equals("delete") ? request.delete(path) : request.post(path)).then();
    }

    private static ValidatableResponse verification(String number) {
        return given().when().get("/api/v1/credentials/" + number + "/verification").then().statusCode(200);
    }

    private static JsonNode event(TopicProbe probe, String event, String applicationId) throws Exception {
        String type = EventContracts.ceType("application-service", event);
        ConsumerRecord<String, String> record = probe.awaitOne(ofType(type).and(withKey(applicationId)), WAIT);
        EventContracts.assertValid("application-service", event, record.value());
        return read(record.value());
    }
}
