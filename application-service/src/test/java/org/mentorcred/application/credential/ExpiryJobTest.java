package org.mentorcred.application.credential;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mentorcred.application.support.Fixtures.PROBLEM;
import static org.mentorcred.application.support.Fixtures.asAdmin;
import static org.mentorcred.application.support.Fixtures.asReviewer;
import static org.mentorcred.application.support.Journeys.CREDENTIAL_EXPIRING;
import static org.mentorcred.application.support.Journeys.WAIT;
import static org.mentorcred.application.support.Journeys.read;
import static org.mentorcred.infra.test.TopicProbe.ofType;
import static org.mentorcred.infra.test.TopicProbe.withKey;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.mentorcred.infra.test.EventContracts;
import org.mentorcred.infra.test.TopicProbe;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The expiry job, run by hand as of chosen days: reminders 90 and 30 days before the expiry date (each once), then
 * EXPIRED. Running as of a day two years ahead also expires credentials other tests issued earlier; they are done.
 */
@QuarkusTest
class ExpiryJobTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    Issued issued;

    @Test
    void remindsNinetyAndThirtyDaysBeforeExpiryOnceEachThenExpires() throws Exception {
        Issued.Holder holder = issued.cpm();
        Instant expiresAt = Instant.parse(asAdmin().when().get("/api/v1/credentials/" + holder.number())
                .then().statusCode(200).extract().path("expiresAt"));
        LocalDate expiryDay = expiresAt.atOffset(ZoneOffset.UTC).toLocalDate();

        try (TopicProbe probe = TopicProbe.fromNow(bootstrap, "application-events")) {
            run(expiryDay.minusDays(91));
            assertEquals(0, issued.recorded(holder.applicationId(), CREDENTIAL_EXPIRING), "91 days before: nothing yet");

            run(expiryDay.minusDays(90)).body("remindersSent.90", greaterThanOrEqualTo(1));
            run(expiryDay.minusDays(90));
            run(expiryDay.minusDays(45));
            assertEquals(1, issued.recorded(holder.applicationId(), CREDENTIAL_EXPIRING), "the 90-day reminder goes once");
            JsonNode ninety = reminder(probe, holder, 0);
            assertEquals(90, ninety.get("daysLeft").asInt());
            assertEquals(expiresAt, Instant.parse(ninety.get("expiresAt").asText()));
            assertEquals(holder.subject() + "@example.org", ninety.at("/holder/email").asText());

            run(expiryDay.minusDays(30));
            run(expiryDay.minusDays(29));
            assertEquals(2, issued.recorded(holder.applicationId(), CREDENTIAL_EXPIRING), "the 30-day reminder goes once");
            assertEquals(30, reminder(probe, holder, 1).get("daysLeft").asInt());

            run(expiryDay);
            asAdmin().when().get("/api/v1/credentials/" + holder.number()).then().body("status", equalTo("ACTIVE"))
                    .body("history.action", equalTo(List.of("ISSUE")));
            run(expiryDay.plusDays(1)).body("expired", greaterThanOrEqualTo(1));
            asAdmin().when().get("/api/v1/credentials/" + holder.number()).then()
                    .body("status", equalTo("EXPIRED"))
                    .body("history.action", equalTo(List.of("ISSUE", "EXPIRE")));
            given().when().get("/api/v1/credentials/" + holder.number() + "/verification").then()
                    .body("status", equalTo("EXPIRED"));
            run(expiryDay.plusDays(2));
            assertEquals(2, issued.recorded(holder.applicationId(), CREDENTIAL_EXPIRING));
        }
    }

    @Test
    void runsOnTwoInstancesAtOnceSendEachReminderOnce() throws Exception {
        Issued.Holder holder = issued.cpm();
        Instant expiresAt = Instant.parse(asAdmin().when().get("/api/v1/credentials/" + holder.number())
                .then().statusCode(200).extract().path("expiresAt"));
        LocalDate asOf = expiresAt.atOffset(ZoneOffset.UTC).toLocalDate().minusDays(90);
        // Each request is served by its own worker and transactions, as two instances would run the job.
        List<CompletableFuture<Void>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(CompletableFuture.runAsync(() -> run(asOf)));
        }
        CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        assertEquals(1, issued.recorded(holder.applicationId(), CREDENTIAL_EXPIRING));
    }

    @Test
    void aPermanentCredentialIsNeverRemindedNorExpired() {
        Issued.Holder holder = issued.ipma("2015-01-01");
        issued.makePermanent(holder);

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (LocalDate asOf : List.of(today.plusYears(5).minusDays(90), today.plusYears(5).minusDays(30), today.plusYears(6))) {
            run(asOf);
        }
        assertEquals(0, issued.recorded(holder.applicationId(), CREDENTIAL_EXPIRING));
        given().when().get("/api/v1/credentials/" + holder.number() + "/verification").then()
                .body("status", equalTo("ACTIVE")).body("permanent", equalTo(true)).body("expiresAt", equalTo(null));
    }

    @Test
    void aCredentialThatExpiredWhileSuspendedIsReinstatedAsExpired() {
        Issued.Holder holder = issued.cpm();
        Instant now = Instant.now();
        issued.setValidity(holder.number(), now.minus(Duration.ofDays(800)), now.plus(Duration.ofMinutes(10)));
        asAdmin().contentType("application/json").body("{\"reason\":\"Complaint\"}")
                .when().post("/api/v1/credentials/" + holder.number() + "/suspension").then().statusCode(200);
        issued.setValidity(holder.number(), now.minus(Duration.ofDays(800)), now.minus(Duration.ofMinutes(1)));
        run(null);
        given().when().get("/api/v1/credentials/" + holder.number() + "/verification").then()
                .body("status", equalTo("SUSPENDED"));
        asAdmin().contentType("application/json").body("{\"reason\":\"Cleared\"}")
                .when().delete("/api/v1/credentials/" + holder.number() + "/suspension").then().statusCode(200)
                .body("status", equalTo("EXPIRED"));
    }

    @Test
    void theTriggerIsForAdminsAndTakesADate() {
        asAdmin().queryParam("asOf", "next tuesday").when().post("/api/v1/admin/jobs/credential-expiry")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("asOf"));
        asReviewer().when().post("/api/v1/admin/jobs/credential-expiry").then().statusCode(403).contentType(PROBLEM);
        given().when().post("/api/v1/admin/jobs/credential-expiry").then().statusCode(401).contentType(PROBLEM);
        asAdmin().when().post("/api/v1/admin/jobs/credential-expiry").then().statusCode(200)
                .body("asOf", equalTo(LocalDate.now(ZoneOffset.UTC).toString()));
    }

    private static ValidatableResponse run(LocalDate asOf) {
        var request = asAdmin();
        if (asOf != null) {
            request = request.queryParam("asOf", asOf.toString());
        }
        return request.when().post("/api/v1/admin/jobs/credential-expiry").then().statusCode(200);
    }

    private static JsonNode reminder(TopicProbe probe, Issued.Holder holder, int index) throws Exception {
        ConsumerRecord<String, String> record = probe.await(ofType(CREDENTIAL_EXPIRING).and(withKey(holder.applicationId())),
                index + 1, WAIT).get(index);
        EventContracts.assertValid("application-service", "CredentialExpiring", record.value());
        JsonNode event = read(record.value());
        assertEquals(holder.number(), event.get("credentialNumber").asText());
        return event;
    }

}
