package org.mentorcred.application.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorcred.application.support.Fixtures.asAdmin;
import static org.mentorcred.application.support.Fixtures.asApplicant;
import static org.mentorcred.application.support.Fixtures.completeCpm;
import static org.mentorcred.application.support.Fixtures.engagement;
import static org.mentorcred.application.support.Fixtures.ethics;
import static org.mentorcred.application.support.Fixtures.open;
import static org.mentorcred.application.support.Fixtures.post;
import static org.mentorcred.application.support.Fixtures.put;
import static org.mentorcred.application.support.Fixtures.submit;
import static org.mentorcred.infra.test.TopicProbe.ofType;
import static org.mentorcred.infra.test.TopicProbe.withKey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.mentorcred.infra.test.EventContracts;
import org.mentorcred.infra.test.TestProducer;
import org.mentorcred.infra.test.TopicProbe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.path.json.JsonPath;

/**
 * Drives applications through the journey with the other services' real events: each event is built from its
 * producer's example (EventContracts), so a contract change breaks these tests, and sent to the module's broker.
 */
public final class Journeys {

    public static final Duration WAIT = Duration.ofSeconds(30);
    public static final ObjectMapper JSON = new ObjectMapper();

    public static final String ELIGIBILITY_EVENTS = "eligibility-events";
    public static final String PAYMENT_EVENTS = "payment-events";
    public static final String EXAM_EVENTS = "exam-events";
    public static final String APPLICATION_EVENTS = "application-events";

    public static final String EXAM_AUTHORIZED = "org.mentorcred.application.ExamAuthorized.v1";
    public static final String REFERENCE_CHECK_REQUESTED = "org.mentorcred.application.ReferenceCheckRequested.v1";
    public static final String DECIDED = "org.mentorcred.application.ApplicationDecided.v1";
    public static final String INFORMATION_REQUESTED = "org.mentorcred.application.InformationRequested.v1";
    public static final String CREDENTIAL_ISSUED = "org.mentorcred.application.CredentialIssued.v1";
    public static final String CREDENTIAL_RENEWED = "org.mentorcred.application.CredentialRenewed.v1";
    public static final String RENEWAL_REJECTED = "org.mentorcred.application.RenewalRejected.v1";
    public static final String CREDENTIAL_EXPIRING = "org.mentorcred.application.CredentialExpiring.v1";
    public static final String PERMANENT_STATUS_REQUESTED = "org.mentorcred.application.PermanentStatusRequested.v1";

    /** payment-service's invoice purpose for IPMA permanent status (its {@code Invoice.Purpose}, in its schemas). */
    public static final String PERMANENT_UPGRADE = "PERMANENT_UPGRADE";

    private Journeys() {
    }

    /** A submitted CPM application of a new applicant ({@link Fixtures#completeCpm}); returns subject and id. */
    public static String[] submittedCpm() {
        String subject = Fixtures.applicant();
        String id = open(subject, "IMC_CPM");
        completeCpm(subject, id);
        submit(subject, id).statusCode(200);
        return new String[] { subject, id };
    }

    /** A submitted IPMA application (AM or PM) of a new applicant; returns subject and id. */
    public static String[] submittedIpma(String programme) {
        String subject = Fixtures.applicant();
        return new String[] { subject, submittedIpma(subject, programme) };
    }

    /** A submitted IPMA application (AM or PM) of {@code subject}, who has a profile: education, one engagement, ethics. */
    public static String submittedIpma(String subject, String programme) {
        String id = open(subject, programme);
        String base = "/api/v1/applications/" + id;
        put(subject, base + "/education", Map.of("level", "MASTER", "institution", "University of Example",
                "qualification", "MSc Organisational Psychology", "awardedOn", "2015-06-30")).statusCode(200);
        post(subject, base + "/engagements", engagement("Jonas Berg")).statusCode(201);
        put(subject, base + "/ethics", ethics()).statusCode(200);
        submit(subject, id).statusCode(200);
        return id;
    }

    // --- the other services' events, from their examples ------------------------------------------

    public static ObjectNode example(String producer, String event, String applicationId) {
        ObjectNode node = (ObjectNode) EventContracts.exampleTree(producer, event);
        node.put("applicationId", applicationId);
        return node;
    }

    public static String send(TestProducer producer, String topic, String producerModule, String event, JsonNode data) {
        EventContracts.assertValid(producerModule, event, data.toString());
        return producer.sendEvent(topic, data.get("applicationId").asText(), EventContracts.ceType(producerModule, event),
                data.toString());
    }

    public static ObjectNode eligibilityDecided(String applicationId, String programme, boolean eligible) {
        ObjectNode e = example("eligibility-service", "EligibilityDecided", applicationId);
        e.put("decisionId", UUID.randomUUID().toString());
        e.put("programme", programme);
        e.put("eligible", eligible);
        if (!eligible) {
            ObjectNode first = (ObjectNode) e.get("requirements").get(0);
            first.put("met", false);
            first.put("actual", "20");
            first.put("explanation", "15 more training hours are needed");
        }
        return e;
    }

    public static ObjectNode invoiceIssued(String applicationId, String invoiceId, String programme) {
        ObjectNode e = example("payment-service", "InvoiceIssued", applicationId);
        e.put("invoiceId", invoiceId);
        e.put("programme", programme);
        return e;
    }

    public static ObjectNode paymentSucceeded(String applicationId, String invoiceId) {
        ObjectNode e = example("payment-service", "PaymentSucceeded", applicationId);
        e.put("paymentId", UUID.randomUUID().toString());
        e.put("invoiceId", invoiceId);
        return e;
    }

    public static ObjectNode examBooked(String applicationId, String authorizationId, int attempt) {
        ObjectNode e = example("exam-service", "ExamBooked", applicationId);
        e.put("bookingId", UUID.randomUUID().toString());
        e.put("authorizationId", authorizationId);
        e.put("attemptNumber", attempt);
        return e;
    }

    public static ObjectNode examResult(String applicationId, String bookingId, boolean passed, int attempt, int allowed,
            String retakeAllowedFrom) {
        ObjectNode e = example("exam-service", "ExamResultRecorded", applicationId);
        e.put("resultId", UUID.randomUUID().toString());
        e.put("bookingId", bookingId);
        e.put("passed", passed);
        e.put("weightedScore", passed ? 72.5 : 61.0);
        e.put("attemptNumber", attempt);
        e.put("attemptsAllowed", allowed);
        e.put("attemptsRemaining", allowed - attempt);
        if (retakeAllowedFrom == null) {
            e.putNull("retakeAllowedFrom");
        } else {
            e.put("retakeAllowedFrom", retakeAllowedFrom);
        }
        return e;
    }

    /** payment-service's invoice for permanent status: one line of USD 100 (members), on the credential's application. */
    public static ObjectNode permanentUpgradeInvoiced(String applicationId, String invoiceId, String programme,
            String credentialNumber) {
        ObjectNode e = invoiceIssued(applicationId, invoiceId, programme);
        e.put("purpose", PERMANENT_UPGRADE);
        e.put("credentialNumber", credentialNumber);
        e.putArray("lines").addObject().put("code", "PERMANENT_UPGRADE")
                .put("description", "Permanent status for credential " + credentialNumber).put("amount", "100.00");
        e.put("total", "100.00");
        return e;
    }

    /** payment-service's payment of that invoice: purpose and credential number as its invoice carries them. */
    public static ObjectNode permanentUpgradePaid(String applicationId, String invoiceId, String credentialNumber) {
        ObjectNode e = paymentSucceeded(applicationId, invoiceId);
        e.put("purpose", PERMANENT_UPGRADE);
        e.put("credentialNumber", credentialNumber);
        e.put("amount", "100.00");
        return e;
    }

    /** An event sent to the broker: its ce_id and data, so a test can deliver it again. */
    public record Sent(String topic, String ceType, String ceId, ObjectNode data) {

        public void redeliver(TestProducer producer) {
            producer.sendEvent(topic, data.get("applicationId").asText(), ceId, ceType, data.toString());
        }
    }

    /**
     * What payment-service sends once it has invoiced a holder's {@code PermanentStatusRequested} and the holder paid:
     * the invoice, then the payment, on payment-events. Returns the payment.
     */
    public static Sent payPermanentUpgrade(TestProducer producer, String applicationId, String programme,
            String credentialNumber) {
        String invoiceId = UUID.randomUUID().toString();
        send(producer, PAYMENT_EVENTS, "payment-service", "InvoiceIssued",
                permanentUpgradeInvoiced(applicationId, invoiceId, programme, credentialNumber));
        ObjectNode paid = permanentUpgradePaid(applicationId, invoiceId, credentialNumber);
        String ceId = send(producer, PAYMENT_EVENTS, "payment-service", "PaymentSucceeded", paid);
        return new Sent(PAYMENT_EVENTS, EventContracts.ceType("payment-service", "PaymentSucceeded"), ceId, paid);
    }

    /** Eligible, invoiced, paid: the fee path every journey takes (the invoice is sent once eligibility is seen). */
    public static void payFee(TestProducer producer, String subject, String applicationId, String programme) {
        String invoiceId = UUID.randomUUID().toString();
        send(producer, ELIGIBILITY_EVENTS, "eligibility-service", "EligibilityDecided",
                eligibilityDecided(applicationId, programme, true));
        awaitStatus(subject, applicationId, "ELIGIBLE");
        send(producer, PAYMENT_EVENTS, "payment-service", "InvoiceIssued", invoiceIssued(applicationId, invoiceId, programme));
        send(producer, PAYMENT_EVENTS, "payment-service", "PaymentSucceeded", paymentSucceeded(applicationId, invoiceId));
    }

    // --- the credential an approval issues ------------------------------------------------------------

    /**
     * The credential the approval of {@code applicationId} issued, checked as its holder and a verifier see it:
     * {@code CredentialIssued} on the topic, valid against its schema, naming the holder and valid for
     * {@code validity} from issue; the public verification showing it ACTIVE with the same dates; its badge a VC-JWT
     * whose signature verifies against {@code /.well-known/jwks.json}. Returns the credential number.
     */
    public static String assertCredentialIssued(TopicProbe probe, String subject, String applicationId, String programme,
            Period validity) {
        ConsumerRecord<String, String> record = probe.awaitOne(ofType(CREDENTIAL_ISSUED).and(withKey(applicationId)), WAIT);
        EventContracts.assertValid("application-service", "CredentialIssued", record.value());
        JsonNode event = read(record.value());
        String number = event.get("credentialNumber").asText();
        String applicantId = asApplicant(subject).when().get("/api/v1/applicants/me").then().statusCode(200)
                .extract().path("id");
        assertEquals(programme, event.get("programme").asText());
        assertEquals(programme, event.get("awardedProgramme").asText());
        assertEquals(applicantId, event.at("/holder/applicantId").asText());
        assertEquals("Amara Okafor", event.at("/holder/name").asText());
        assertEquals(subject + "@example.org", event.at("/holder/email").asText());
        Instant issuedAt = Instant.parse(event.get("issuedAt").asText());
        Instant expiresAt = Instant.parse(event.get("expiresAt").asText());
        assertEquals(issuedAt.atOffset(ZoneOffset.UTC).plus(validity).toInstant(), expiresAt,
                programme + " is valid for " + validity + " from issue");
        assertTrue(event.get("verificationUrl").asText().endsWith("/api/v1/credentials/" + number + "/verification"));

        JsonPath verification = given().when().get("/api/v1/credentials/" + number + "/verification")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(number, verification.getString("credentialNumber"));
        assertEquals("Amara Okafor", verification.getString("holderName"));
        assertEquals(programme, verification.getString("programme"));
        assertEquals("ACTIVE", verification.getString("status"));
        assertEquals(issuedAt, Instant.parse(verification.getString("issuedAt")));
        assertEquals(expiresAt, Instant.parse(verification.getString("expiresAt")));
        assertEquals(false, verification.getBoolean("permanent"));

        String badge = VcJwts.badge(number);
        try {
            JwtClaims claims = VcJwts.verify(badge);
            assertEquals(expiresAt.getEpochSecond(), claims.getExpirationTime().getValue(), "the badge ends with the credential");
        } catch (InvalidJwtException | MalformedClaimException e) {
            throw new AssertionError("The badge of " + number + " does not verify against the published keys", e);
        }
        JsonNode vc = VcJwts.payload(badge);
        assertEquals("Certification", vc.at("/credentialSubject/achievement/achievementType").asText());
        assertEquals("Amara Okafor", vc.at("/credentialSubject/identifier/0/identityHash").asText());
        assertEquals(verification.getString("programmeName"), vc.at("/credentialSubject/achievement/name").asText());
        return number;
    }

    // --- reading the application ----------------------------------------------------------------------

    public static JsonPath application(String subject, String applicationId) {
        return asApplicant(subject).when().get("/api/v1/applications/" + applicationId)
                .then().statusCode(200).extract().jsonPath();
    }

    /** The events recorded as not fitting the application (admin view), newest first. */
    public static List<Map<String, Object>> unexpected(String applicationId) {
        return asAdmin().queryParam("applicationId", applicationId).when().get("/api/v1/admin/unexpected-events")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    /** Waits until the application is in {@code status}; returns it. */
    public static JsonPath awaitStatus(String subject, String applicationId, String status) {
        await().atMost(WAIT).until(() -> status.equals(application(subject, applicationId).getString("status")));
        return application(subject, applicationId);
    }

    public static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
