package org.mentorcred.application.credential;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorcred.application.support.Fixtures.PROBLEM;
import static org.mentorcred.application.support.Fixtures.asApplicant;
import static org.mentorcred.application.support.Journeys.APPLICATION_EVENTS;
import static org.mentorcred.application.support.Journeys.CREDENTIAL_RENEWED;
import static org.mentorcred.application.support.Journeys.PAYMENT_EVENTS;
import static org.mentorcred.application.support.Journeys.PERMANENT_STATUS_REQUESTED;
import static org.mentorcred.application.support.Journeys.WAIT;
import static org.mentorcred.application.support.Journeys.payPermanentUpgrade;
import static org.mentorcred.application.support.Journeys.paymentSucceeded;
import static org.mentorcred.application.support.Journeys.read;
import static org.mentorcred.application.support.Journeys.send;
import static org.mentorcred.application.support.Journeys.unexpected;
import static org.mentorcred.infra.test.TopicProbe.ofType;
import static org.mentorcred.infra.test.TopicProbe.withKey;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;
import org.mentorcred.application.support.Journeys.Sent;
import org.mentorcred.application.support.VcJwts;
import org.mentorcred.infra.test.EventContracts;
import org.mentorcred.infra.test.TestProducer;
import org.mentorcred.infra.test.TopicProbe;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * IPMA permanent status: asked for by an eligible holder ({@code PermanentStatusRequested} on the topic, with what
 * payment-service's consumer reads), invoiced and paid on payment-events as payment-service sends it (purpose
 * {@code PERMANENT_UPGRADE}), and through the process consumer made permanent by {@link CredentialPayments}.
 */
@QuarkusTest
class PermanentStatusTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    Issued issued;

    @Test
    void anEligibleHolderBuysPermanentStatusThroughPaymentServiceAndTheCredentialNoLongerExpires() throws Exception {
        Issued.Holder holder = issued.ipma("2015-01-01");
        String applicationId = holder.applicationId();
        try (TopicProbe probe = TopicProbe.fromNow(bootstrap, APPLICATION_EVENTS);
                TestProducer producer = new TestProducer(bootstrap)) {
            JsonPath credential = request(holder).statusCode(202)
                    .body("permanentStatus", equalTo("PENDING_PAYMENT"))
                    .body("permanent", equalTo(false))
                    .extract().jsonPath();

            // What payment-service's PermanentStatusRequested consumer reads: credentialId, credentialNumber,
            // applicationId, holder.applicantId, member, requestedAt (it invoices members only).
            ConsumerRecord<String, String> requested = probe.awaitOne(ofType(PERMANENT_STATUS_REQUESTED)
                    .and(withKey(applicationId)), WAIT);
            EventContracts.assertValid("application-service", "PermanentStatusRequested", requested.value());
            JsonNode event = read(requested.value());
            assertEquals(credential.getString("id"), event.get("credentialId").asText());
            assertEquals(holder.number(), event.get("credentialNumber").asText());
            assertEquals(applicationId, event.get("applicationId").asText());
            assertEquals(credential.getString("applicantId"), event.at("/holder/applicantId").asText());
            assertTrue(event.get("member").asBoolean(), "payment-service sells permanent status to members only");
            assertTrue(event.hasNonNull("requestedAt"));

            request(holder).statusCode(409).contentType(PROBLEM)
                    .body("type", equalTo("https://mentorcred.org/problems/permanent-status-pending"));

            // payment-service invoices the upgrade on the credential's application and the holder pays it.
            Sent paid = payPermanentUpgrade(producer, applicationId, holder.programme(), holder.number());
            await().atMost(WAIT).until(() -> view(holder).extract().<Boolean> path("permanent"));
            view(holder).body("permanentStatus", equalTo("PERMANENT"))
                    .body("expiresAt", nullValue())
                    .body("renewalOpensAt", nullValue())
                    .body("status", equalTo("ACTIVE"))
                    .body("history.action", contains("ISSUE", "MAKE_PERMANENT"));
            given().when().get("/api/v1/credentials/" + holder.number() + "/verification").then().statusCode(200)
                    .body("permanent", equalTo(true)).body("expiresAt", nullValue()).body("status", equalTo("ACTIVE"));

            ConsumerRecord<String, String> renewed = probe.awaitOne(ofType(CREDENTIAL_RENEWED).and(withKey(applicationId)),
                    WAIT);
            EventContracts.assertValid("application-service", "CredentialRenewed", renewed.value());
            assertTrue(read(renewed.value()).get("expiresAt").isNull(), "null expiry: permanent");

            // The payment redelivered, then the application's own fee paid again: the inbox drops the first, the second
            // does not fit the approved application and is recorded, not taken for the upgrade. Once it is recorded,
            // the redelivery before it (same partition) was handled too.
            paid.redeliver(producer);
            String feeEventId = send(producer, PAYMENT_EVENTS, "payment-service", "PaymentSucceeded",
                    paymentSucceeded(applicationId, UUID.randomUUID().toString()));
            await().atMost(WAIT).until(() -> unexpectedEventIds(applicationId).contains(feeEventId));
            assertEquals(List.of(feeEventId), unexpectedEventIds(applicationId), "the upgrade's invoice and payment fit");
            assertEquals(1, issued.recorded(applicationId, CREDENTIAL_RENEWED), "made permanent once");
            view(holder).body("history.action", contains("ISSUE", "MAKE_PERMANENT")).body("permanent", equalTo(true));

            JsonNode badge = VcJwts.payload(VcJwts.badge(holder.number()));
            assertFalse(badge.has("validUntil"), "a permanent badge has no end");
            JwtClaims claims = VcJwts.verify(VcJwts.badge(holder.number()));
            assertNull(claims.getExpirationTime());

            request(holder).statusCode(409).body("type", equalTo("https://mentorcred.org/problems/already-permanent"));
        }
    }

    @Test
    void fewerThanFiveYearsOfMembershipIsNotEligible() {
        String memberSince = LocalDate.now(ZoneOffset.UTC).minusYears(2).toString();
        Issued.Holder holder = issued.ipma(memberSince);
        request(holder).statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/not-eligible"))
                .body("violations.field", contains("membership"));
        view(holder).body("permanentStatus", equalTo("NONE"));

        Issued.Holder nonMember = issued.ipma(null);
        request(nonMember).statusCode(422).body("violations.field", contains("membership"));
    }

    @Test
    void imcCredentialsHaveNoPermanentStatus() {
        Issued.Holder holder = issued.cpm();
        request(holder).statusCode(422).body("violations.field", contains("programme"));
        asApplicant(issued.ipma("2015-01-01").subject())
                .when().post("/api/v1/credentials/" + holder.number() + "/permanent-status").then().statusCode(403);
    }

    private static ValidatableResponse request(Issued.Holder holder) {
        return asApplicant(holder.subject()).when().post("/api/v1/credentials/" + holder.number() + "/permanent-status").then();
    }

    private static List<Object> unexpectedEventIds(String applicationId) {
        return unexpected(applicationId).stream().map(e -> e.get("eventId")).toList();
    }

    private static ValidatableResponse view(Issued.Holder holder) {
        return asApplicant(holder.subject()).when().get("/api/v1/credentials/" + holder.number()).then().statusCode(200);
    }
}
