package org.mentorcred.payment.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorcred.infra.test.TestProducer;
import org.mentorcred.payment.Api;
import org.mentorcred.payment.Db;
import org.mentorcred.payment.Events;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** POST /api/v1/payment-webhooks/{provider}: signature, tolerance and replay rules, over real HTTP. */
@QuarkusTest
class WebhookTest {

    private static final String URL = "/api/v1/payment-webhooks/{provider}";
    private static final String SUCCEEDED = Events.type(Events.PAYMENT, "PaymentSucceeded");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "mentorcred.payment.sandbox.webhook-secret")
    String secret;

    @Inject
    DataSource db;

    TestProducer producer;

    @BeforeEach
    void connect() {
        producer = new TestProducer(bootstrap);
    }

    @AfterEach
    void disconnect() {
        producer.close();
    }

    /** A payment waiting for confirmation, and the sandbox charge behind it. */
    record Pending(Events.Application application, String invoiceId, String paymentId, String chargeId) {
    }

    Pending pending() {
        Events.Application application = Events.Application.of("IPMA_PM", true);
        String invoiceId = Api.issueInvoice(producer, application);
        String paymentId = Api.pay(Api.applicant(application), invoiceId, UUID.randomUUID().toString(),
                Api.card(Api.CARD_CONFIRM)).then().statusCode(202).extract().path("id");
        String chargeId = Db.text(db, "SELECT id FROM sandbox_charge WHERE reference = ?", paymentId);
        return new Pending(application, invoiceId, paymentId, chargeId);
    }

    static String event(String eventId, String type, String paymentId, String chargeId) {
        return "{\"id\":\"" + eventId + "\",\"type\":\"" + type + "\",\"created\":" + Instant.now().getEpochSecond()
                + ",\"data\":{\"chargeId\":\"" + chargeId + "\",\"reference\":\"" + paymentId + "\","
                + "\"amount\":\"170.00\",\"currency\":\"USD\",\"declineCode\":null,\"reason\":null}}";
    }

    String sign(long timestamp, String body) {
        return WebhookSignature.header(secret.getBytes(StandardCharsets.UTF_8), timestamp, body.getBytes(StandardCharsets.UTF_8));
    }

    static ValidatableResponse post(String provider, String signature, String body) {
        var request = given().contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8));
        if (signature != null) {
            request = request.header(WebhookSignature.HEADER, signature);
        }
        return request.when().post(URL, provider).then();
    }

    String paymentStatus(String paymentId) {
        return Api.finance().when().get("/api/v1/payments/{id}", paymentId).then().extract().path("status");
    }

    @Test
    void aSignedWebhookSettlesThePaymentAndItsReplayChangesNothing() {
        Pending p = pending();
        String body = event("evt_" + UUID.randomUUID(), "charge.succeeded", p.paymentId(), p.chargeId());

        post("sandbox", sign(Instant.now().getEpochSecond(), body), body)
                .statusCode(200).body("outcome", equalTo("processed"));
        assertEquals("SUCCEEDED", paymentStatus(p.paymentId()));
        assertEquals("PAID", Api.invoiceStatus(p.invoiceId()));

        // The provider sends it again (freshly signed, as providers retry): a no-op.
        post("sandbox", sign(Instant.now().getEpochSecond(), body), body)
                .statusCode(200).body("outcome", equalTo("duplicate"));
        assertEquals(1, Db.outboxEvents(db, p.application().key(), SUCCEEDED));
    }

    @Test
    void aBadOrMissingSignatureIs401AndChangesNothing() {
        Pending p = pending();
        String body = event("evt_" + UUID.randomUUID(), "charge.succeeded", p.paymentId(), p.chargeId());
        long now = Instant.now().getEpochSecond();
        String wrongSecret = WebhookSignature.header("not-the-secret".getBytes(StandardCharsets.UTF_8), now,
                body.getBytes(StandardCharsets.UTF_8));
        String tampered = body.replace("charge.succeeded", "charge.failed");

        post("sandbox", null, body).statusCode(401).contentType(Api.PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/invalid-signature"));
        post("sandbox", wrongSecret, body).statusCode(401).contentType(Api.PROBLEM);
        post("sandbox", sign(now, body), tampered).statusCode(401).contentType(Api.PROBLEM);
        post("sandbox", "t=" + now + ",v1=zz", body).statusCode(401).contentType(Api.PROBLEM);
        assertEquals("PENDING", paymentStatus(p.paymentId()));
        assertEquals(0, Db.count(db, "SELECT count(*) FROM processed_webhook WHERE payment_id = ?",
                UUID.fromString(p.paymentId())));
    }

    @Test
    void aSignatureOutsideTheFiveMinuteToleranceIs401() {
        Pending p = pending();
        String body = event("evt_" + UUID.randomUUID(), "charge.succeeded", p.paymentId(), p.chargeId());
        long now = Instant.now().getEpochSecond();

        post("sandbox", sign(now - 330, body), body).statusCode(401).contentType(Api.PROBLEM);
        post("sandbox", sign(now + 330, body), body).statusCode(401).contentType(Api.PROBLEM);
        assertEquals("PENDING", paymentStatus(p.paymentId()));

        post("sandbox", sign(now - 240, body), body).statusCode(200).body("outcome", equalTo("processed"));
        assertEquals("SUCCEEDED", paymentStatus(p.paymentId()));
    }

    @Test
    void aFailureWebhookFailsThePayment() {
        Pending p = pending();
        String body = event("evt_" + UUID.randomUUID(), "charge.failed", p.paymentId(), p.chargeId())
                .replace("\"declineCode\":null,\"reason\":null",
                        "\"declineCode\":\"authentication_failed\",\"reason\":\"Your bank did not confirm the payment\"");
        post("sandbox", sign(Instant.now().getEpochSecond(), body), body).statusCode(200);
        Api.finance().when().get("/api/v1/payments/{id}", p.paymentId())
                .then().body("status", equalTo("FAILED")).body("declineCode", equalTo("authentication_failed"));
        assertEquals("OPEN", Api.invoiceStatus(p.invoiceId()));
    }

    @Test
    void anOutcomeForAnUnknownPaymentIs404AndStaysUnrecordedSoARedeliveryCanApplyIt() {
        String eventId = "evt_" + UUID.randomUUID();
        String body = event(eventId, "charge.succeeded", UUID.randomUUID().toString(), "sbx_ch_unknown");
        post("sandbox", sign(Instant.now().getEpochSecond(), body), body)
                .statusCode(404).contentType(Api.PROBLEM);
        assertEquals(0, Db.count(db, "SELECT count(*) FROM processed_webhook WHERE event_id = ?", eventId));
    }

    @Test
    void anUnknownProviderIs404AndAMalformedOrForeignEventIsHandled() {
        String body = "{\"id\":\"evt_1\",\"type\":\"charge.succeeded\"}";
        post("acme", sign(Instant.now().getEpochSecond(), body), body).statusCode(404).contentType(Api.PROBLEM);
        post("sandbox", sign(Instant.now().getEpochSecond(), body), body).statusCode(400).contentType(Api.PROBLEM);
        String notJson = "not json";
        post("sandbox", sign(Instant.now().getEpochSecond(), notJson), notJson).statusCode(400).contentType(Api.PROBLEM);
        String other = "{\"id\":\"evt_" + UUID.randomUUID() + "\",\"type\":\"payout.paid\",\"data\":{}}";
        post("sandbox", sign(Instant.now().getEpochSecond(), other), other)
                .statusCode(200).body("outcome", equalTo("ignored"));
    }
}
