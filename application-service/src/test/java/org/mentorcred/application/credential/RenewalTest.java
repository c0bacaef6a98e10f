package org.mentorcred.application.credential;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mentorcred.application.support.Fixtures.PROBLEM;
import static org.mentorcred.application.support.Fixtures.applicant;
import static org.mentorcred.application.support.Fixtures.asAdmin;
import static org.mentorcred.application.support.Fixtures.asApplicant;
import static org.mentorcred.application.support.Fixtures.asReviewer;
import static org.mentorcred.application.support.Journeys.CREDENTIAL_RENEWED;
import static org.mentorcred.application.support.Journeys.RENEWAL_REJECTED;
import static org.mentorcred.application.support.Journeys.WAIT;
import static org.mentorcred.infra.test.TopicProbe.ofType;
import static org.mentorcred.infra.test.TopicProbe.withKey;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.mentorcred.application.support.Journeys;
import org.mentorcred.infra.test.EventContracts;
import org.mentorcred.infra.test.TopicProbe;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Renewal of an IMC_CPM credential 60 days before its expiry: 40 PDUs and 5 supervision sessions per year. */
@QuarkusTest
class RenewalTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    Issued issued;

    @Test
    void aCompleteRenewalApprovedExtendsTheValidityFromTheOldExpiry() throws Exception {
        Issued.Holder holder = issued.cpm();
        Instant issuedAt = nearExpiry(holder);
        Instant expiresAt = Instant.parse((String) read(holder).get("expiresAt"));
        LocalDate start = day(issuedAt);

        String renewalId = submit(holder, request(start, 40, 5, 5)).statusCode(201)
                .header("Location", containsString("/renewals/"))
                .body("status", equalTo("SUBMITTED"))
                .body("totalPdus", equalTo(40.0f))
                .body("supervisionSessions", hasSize(10))
                .extract().path("id");
        asApplicant(holder.subject()).when().get("/api/v1/credentials/" + holder.number())
                .then().body("pendingRenewalId", equalTo(renewalId));
        asReviewer().when().get("/api/v1/renewals").then().statusCode(200).body("items.id", hasItem(renewalId));

        // One renewal at a time.
        submit(holder, request(start, 40, 5, 5)).statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/renewal-pending"))
                .body("renewalId", equalTo(renewalId));
        // The holder does not approve their own renewal.
        asApplicant(holder.subject()).when().post(renewalPath(holder) + "/" + renewalId + "/approval").then().statusCode(403);

        try (TopicProbe probe = TopicProbe.fromNow(bootstrap, "application-events")) {
            Instant extended = expiresAt.atOffset(ZoneOffset.UTC).plusYears(2).toInstant();
            asReviewer().when().post(renewalPath(holder) + "/" + renewalId + "/approval").then().statusCode(200)
                    .body("status", equalTo("APPROVED"))
                    .body("decidedBy", equalTo("reviewer-1"))
                    .body("newExpiresAt", equalTo(extended.toString()));
            Map<String, Object> credential = read(holder);
            assertEquals(extended, Instant.parse((String) credential.get("expiresAt")));
            assertEquals(expiresAt, Instant.parse((String) credential.get("periodStart")), "the next period starts at the old expiry");
            assertEquals("ACTIVE", credential.get("status"));

            ConsumerRecord<String, String> record = probe.awaitOne(ofType(CREDENTIAL_RENEWED).and(withKey(holder.applicationId())),
                    WAIT);
            EventContracts.assertValid("application-service", "CredentialRenewed", record.value());
            JsonNode event = Journeys.read(record.value());
            assertEquals(expiresAt, Instant.parse(event.get("previousExpiresAt").asText()));
            assertEquals(extended, Instant.parse(event.get("expiresAt").asText()));
        }
        asReviewer().when().post(renewalPath(holder) + "/" + renewalId + "/approval").then().statusCode(409)
                .body("type", equalTo("https://mentorcred.org/problems/renewal-decided"))
                .body("currentState", equalTo("APPROVED"));
        asApplicant(holder.subject()).when().get(renewalPath(holder)).then().statusCode(200)
                .body("status", contains("APPROVED"));
    }

    @Test
    void anIncompleteRenewalIsRefusedListingWhatIsMissing() {
        Issued.Holder holder = issued.cpm();
        LocalDate start = day(nearExpiry(holder));
        Map<String, Object> request = request(start, 12, 5, 3);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> activities = (List<Map<String, Object>>) request.get("activities");
        activities.add(activity(start.minusDays(20), 30)); // before the period: not counted, and named
        submit(holder, request).statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/renewal-requirements-unmet"))
                .body("violations.field", contains("activities[1].completedOn", "supervisionSessions"))
                .body("violations[1].message", containsString("Validity year 2"))
                .body("violations[1].message", containsString("3 of the 5"));

        submit(holder, request(start, 12, 0, 5)).statusCode(422)
                .body("violations.field", contains("activities", "supervisionSessions"))
                .body("violations[0].message", containsString("at least 40 PDUs"))
                .body("violations[1].message", containsString("Validity year 1"));
        asApplicant(holder.subject()).when().get(renewalPath(holder)).then().body("$", hasSize(0));
    }

    @Test
    void renewalIsForTheHolderOfAnActiveCredentialNearItsExpiry() {
        Issued.Holder holder = issued.cpm();
        LocalDate start = day(Instant.now()).minusMonths(6);
        submit(holder, request(start, 40, 0, 0)).statusCode(409)
                .body("type", equalTo("https://mentorcred.org/problems/renewal-not-open"))
                .body("opensAt", org.hamcrest.Matchers.notNullValue());
        asApplicant(applicant()).contentType(ContentType.JSON).body(request(start, 40, 0, 0))
                .when().post(renewalPath(holder)).then().statusCode(403);
        asApplicant(holder.subject()).contentType(ContentType.JSON).body(Map.of("activities", List.of()))
                .when().post(renewalPath(holder)).then().statusCode(400).body("violations[0].field", equalTo("supervisionSessions"));

        LocalDate periodStart = day(nearExpiry(holder));
        asAdmin().contentType(ContentType.JSON).body(Map.of("reason", "Complaint")).when()
                .post("/api/v1/credentials/" + holder.number() + "/suspension").then().statusCode(200);
        submit(holder, request(periodStart, 40, 5, 5)).statusCode(409).body("currentState", equalTo("SUSPENDED"));
    }

    @Test
    void aRejectedRenewalLeavesTheExpiryAsItWas() {
        Issued.Holder holder = issued.cpm();
        LocalDate start = day(nearExpiry(holder));
        Object expiresAt = read(holder).get("expiresAt");
        String renewalId = submit(holder, request(start, 40, 5, 5)).statusCode(201).extract().path("id");
        asAdmin().contentType(ContentType.JSON).body(Map.of()).when()
                .post(renewalPath(holder) + "/" + renewalId + "/rejection").then().statusCode(400);
        try (TopicProbe probe = TopicProbe.fromNow(bootstrap, "application-events")) {
            asAdmin().contentType(ContentType.JSON).body(Map.of("reason", "The PDU certificates could not be verified"))
                    .when().post(renewalPath(holder) + "/" + renewalId + "/rejection").then().statusCode(200)
                    .body("status", equalTo("REJECTED"))
                    .body("decisionReason", equalTo("The PDU certificates could not be verified"));
            // The holder is told (notification-service emails them), with the expiry that still stands.
            ConsumerRecord<String, String> record = probe.awaitOne(
                    ofType(RENEWAL_REJECTED).and(withKey(holder.applicationId())), WAIT);
            EventContracts.assertValid("application-service", "RenewalRejected", record.value());
            JsonNode event = Journeys.read(record.value());
            assertEquals(renewalId, event.get("renewalId").asText());
            assertEquals(holder.number(), event.get("credentialNumber").asText());
            assertEquals("The PDU certificates could not be verified", event.get("reason").asText());
            assertEquals(Instant.parse((String) expiresAt), Instant.parse(event.get("expiresAt").asText()));
        }
        assertEquals(expiresAt, read(holder).get("expiresAt"));
        asAdmin().when().post(renewalPath(holder) + "/" + renewalId + "/approval").then().statusCode(409);
        // After a rejection the holder may submit again.
        submit(holder, request(start, 40, 5, 5)).statusCode(201);
    }

    /** Backdates the credential so that it expires in 60 days; returns its (new) issue time. */
    private Instant nearExpiry(Issued.Holder holder) {
        Instant expiresAt = Instant.now().plus(Duration.ofDays(60)).truncatedTo(ChronoUnit.SECONDS);
        Instant issuedAt = expiresAt.atOffset(ZoneOffset.UTC).minusYears(2).toInstant();
        issued.setValidity(holder.number(), issuedAt, expiresAt);
        return issuedAt;
    }

    private static Map<String, Object> read(Issued.Holder holder) {
        return asApplicant(holder.subject()).when().get("/api/v1/credentials/" + holder.number())
                .then().statusCode(200).extract().as(Map.class);
    }

    private static String renewalPath(Issued.Holder holder) {
        return "/api/v1/credentials/" + holder.number() + "/renewals";
    }

    private static ValidatableResponse submit(Issued.Holder holder, Map<String, Object> request) {
        return asApplicant(holder.subject()).contentType(ContentType.JSON).body(request).when().post(renewalPath(holder)).then();
    }

    /** {@code pdus} in one activity; sessions spread over the first and the second validity year. */
    private static Map<String, Object> request(LocalDate periodStart, int pdus, int yearOne, int yearTwo) {
        List<Map<String, Object>> activities = new ArrayList<>();
        activities.add(activity(periodStart.plusMonths(3), pdus));
        List<Map<String, Object>> sessions = new ArrayList<>();
        for (int i = 0; i < yearOne; i++) {
            sessions.add(session(periodStart.plusMonths(1 + 2L * i)));
        }
        for (int i = 0; i < yearTwo; i++) {
            sessions.add(session(periodStart.plusYears(1).plusMonths(1 + i)));
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("activities", activities);
        request.put("supervisionSessions", sessions);
        request.put("statement", "Two busy years");
        return request;
    }

    private static Map<String, Object> activity(LocalDate on, int pdus) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("title", "Advanced Mentoring Conversations");
        a.put("provider", "Mentoring Academy");
        a.put("completedOn", on.toString());
        a.put("pdus", pdus);
        return a;
    }

    private static Map<String, Object> session(LocalDate on) {
        return Map.of("date", on.toString(), "supervisorName", "Helen Carter", "minutes", 60);
    }

    private static LocalDate day(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
