package org.mentorcred.application.credential;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorcred.application.support.Fixtures.PROBLEM;
import static org.mentorcred.application.support.Fixtures.applicant;
import static org.mentorcred.application.support.Fixtures.asAdmin;
import static org.mentorcred.application.support.Fixtures.asApplicant;
import static org.mentorcred.application.support.Fixtures.asReviewer;
import static org.mentorcred.application.support.Journeys.CREDENTIAL_ISSUED;
import static org.mentorcred.application.support.Journeys.WAIT;
import static org.mentorcred.application.support.Journeys.read;
import static org.mentorcred.infra.test.TopicProbe.ofType;
import static org.mentorcred.infra.test.TopicProbe.withKey;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.mentorcred.infra.test.EventContracts;
import org.mentorcred.infra.test.TopicProbe;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CredentialIssuanceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    Issued issued;

    @Test
    void anApprovedApplicationGetsOneCredentialAnnouncedOnce() throws Exception {
        try (TopicProbe probe = TopicProbe.fromNow(bootstrap, "application-events")) {
            Issued.Holder holder = issued.cpm();
            assertTrue(holder.number().matches("MC-CPM-\\d{4}-\\d{6}"), holder.number());

            ConsumerRecord<String, String> record = probe.awaitOne(ofType(CREDENTIAL_ISSUED).and(withKey(holder.applicationId())), WAIT);
            EventContracts.assertValid("application-service", "CredentialIssued", record.value());
            assertEquals(CREDENTIAL_ISSUED, EventContracts.ceType("application-service", "CredentialIssued"));
            JsonNode event = read(record.value());
            assertEquals(holder.number(), event.get("credentialNumber").asText());
            assertEquals("IMC_CPM", event.get("awardedProgramme").asText());
            assertEquals(holder.subject() + "@example.org", event.at("/holder/email").asText());
            Instant issuedAt = Instant.parse(event.get("issuedAt").asText());
            assertEquals(issuedAt.atOffset(ZoneOffset.UTC).plusYears(2).toInstant(), Instant.parse(event.get("expiresAt").asText()),
                    "IMC_CPM is valid for 2 years from issue");
            assertTrue(event.get("verificationUrl").asText().endsWith("/api/v1/credentials/" + holder.number() + "/verification"));

            // Issuing again (a redelivered approval) finds the credential: no second one, no second event.
            assertEquals(holder.number(), issued.approveAndIssue(holder.applicationId()));
            asApplicant(holder.subject()).when().get("/api/v1/me/credentials")
                    .then().statusCode(200).body("total", equalTo(1)).body("items[0].number", equalTo(holder.number()));
            assertEquals(1, issued.recorded(holder.applicationId(), CREDENTIAL_ISSUED));
        }
    }

    @Test
    void ipmaCredentialsAreValidForFiveYearsAndCarryTheirLevel() {
        Issued.Holder holder = issued.ipma("2015-01-01");
        assertTrue(holder.number().matches("MC-IPMA-AM-\\d{4}-\\d{6}"), holder.number());
        Map<String, Object> view = asApplicant(holder.subject()).when().get("/api/v1/credentials/" + holder.number())
                .then().statusCode(200).body("level", equalTo(1)).body("awardedProgramme", equalTo("IPMA_AM"))
                .body("programmeName", equalTo("Level 1 Associate Mentor")).extract().as(Map.class);
        Instant issuedAt = Instant.parse((String) view.get("issuedAt"));
        assertEquals(issuedAt.atOffset(ZoneOffset.UTC).plusYears(5).toInstant(), Instant.parse((String) view.get("expiresAt")));
    }

    @Test
    void publicVerificationShowsTheHolderTheCredentialItsStatusAndDatesAndNothingElse() {
        Issued.Holder holder = issued.cpm();
        Map<String, Object> body = given().when().get("/api/v1/credentials/" + holder.number() + "/verification")
                .then().statusCode(200)
                .body("credentialNumber", equalTo(holder.number()))
                .body("holderName", equalTo("Amara Okafor"))
                .body("programme", equalTo("IMC_CPM"))
                .body("programmeName", equalTo("Certified Professional Mentor"))
                .body("status", equalTo("ACTIVE"))
                .body("issuedAt", notNullValue())
                .body("expiresAt", notNullValue())
                .body("permanent", equalTo(false))
                .body("level", nullValue()) // IMC_CPM is not on the IPMA ladder
                .extract().as(Map.class);
        assertEquals(new TreeSet<>(List.of("credentialNumber", "holderName", "programme", "programmeName", "level", "status",
                "issuedAt", "expiresAt", "permanent")), new TreeSet<>(body.keySet()),
                "no e-mail, subject, application or applicant id, reason or history");

        given().when().get("/api/v1/credentials/MC-CPM-1999-999999/verification")
                .then().statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
    }

    @Test
    void theHolderAndStaffReadTheCredentialOthersDoNot() {
        Issued.Holder holder = issued.cpm();
        String path = "/api/v1/credentials/" + holder.number();
        asApplicant(holder.subject()).when().get(path).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("holderSubject", equalTo(holder.subject()))
                .body("applicationId", equalTo(holder.applicationId()))
                .body("status", equalTo("ACTIVE"))
                .body("permanentStatus", equalTo("NONE"))
                .body("registryListed", equalTo(false))
                .body("badgeUrl", matchesPattern(".*/api/v1/credentials/" + holder.number() + "/badge"))
                .body("history", hasSize(1))
                .body("history[0].action", equalTo("ISSUE"))
                .body("history[0].to", equalTo("ACTIVE"));
        asApplicant(applicant()).when().get(path).then().statusCode(403).contentType(PROBLEM);
        asReviewer().when().get(path).then().statusCode(200);
        asAdmin().queryParam("programme", "IMC_CPM").queryParam("size", 200).when().get("/api/v1/credentials")
                .then().statusCode(200).body("items.number", hasItem(holder.number()));
        asAdmin().queryParam("status", "SHINY").when().get("/api/v1/credentials")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("status"));
        asApplicant(holder.subject()).when().get("/api/v1/credentials").then().statusCode(403);
        given().when().get(path).then().statusCode(401).contentType(PROBLEM);
    }
}
