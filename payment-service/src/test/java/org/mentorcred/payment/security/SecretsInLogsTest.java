package org.mentorcred.payment.security;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.mentorcred.infra.test.LogCapture;
import org.mentorcred.infra.test.TestProducer;
import org.mentorcred.infra.test.TestTokens;
import org.mentorcred.payment.Api;
import org.mentorcred.payment.Events;
import org.mentorcred.payment.webhook.WebhookSignature;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A whole payment journey with every secret this service handles — bearer tokens, card numbers, the webhook and
 * fingerprint secrets — and failures on the way (a declined card, a forged webhook, a stale token), while everything
 * the service logs is captured: none of the secrets may appear.
 */
@QuarkusTest
class SecretsInLogsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "mentorcred.payment.sandbox.webhook-secret")
    String webhookSecret;

    @ConfigProperty(name = "mentorcred.payment.idempotency.fingerprint-secret")
    String fingerprintSecret;

    @Test
    void noTokenCardNumberOrSecretReachesTheLog() {
        String subject = "secret-" + UUID.randomUUID();
        String token = TestTokens.token("applicant", subject);
        String financeToken = TestTokens.token("finance", "finance-logs");
        Events.Application paid = new Events.Application(UUID.randomUUID(), UUID.randomUUID(), subject, "IPMA_PM", true);
        Events.Application pending = new Events.Application(UUID.randomUUID(), UUID.randomUUID(), subject, "IPMA_AM",
                true);
        try (LogCapture logs = LogCapture.start(); TestProducer producer = new TestProducer(bootstrap)) {
            String invoice = Api.issueInvoice(producer, paid);
            String other = Api.issueInvoice(producer, pending);
            var applicant = given().header("Authorization", "Bearer " + token);
            Api.pay(given().header("Authorization", "Bearer " + token), invoice, UUID.randomUUID().toString(),
                    Api.card(Api.CARD_DECLINED)).then().statusCode(402);
            String payment = Api.pay(applicant, invoice, UUID.randomUUID().toString(), Api.card(Api.CARD_OK))
                    .then().statusCode(201).extract().path("id");
            String waiting = Api.pay(given().header("Authorization", "Bearer " + token), other,
                    UUID.randomUUID().toString(), Api.card(Api.CARD_CONFIRM)).then().statusCode(202).extract().path("id");
            given().header("Authorization", "Bearer " + financeToken).queryParam("outcome", "succeeded")
                    .when().post("/api/v1/sandbox/payments/{id}/complete", waiting).then().statusCode(200);
            given().header("Authorization", "Bearer " + financeToken).contentType(ContentType.JSON)
                    .body("{\"amount\":\"10.00\",\"reason\":\"Goodwill\"}")
                    .when().post("/api/v1/payments/{id}/refunds", payment).then().statusCode(201);
            // A forged webhook: signed with another secret.
            String body = "{\"id\":\"evt_forged\",\"type\":\"charge.succeeded\",\"data\":{\"reference\":\"" + payment + "\"}}";
            given().header(WebhookSignature.HEADER, WebhookSignature.header("not-the-secret".getBytes(StandardCharsets.UTF_8),
                    Instant.now().getEpochSecond(), body.getBytes(StandardCharsets.UTF_8)))
                    .contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/payment-webhooks/sandbox").then().statusCode(401);
            // A token that expired, and one signed by nobody we trust.
            String expired = TestTokens.expired("applicant", subject);
            given().header("Authorization", "Bearer " + expired).when().get("/api/v1/invoices/{id}", invoice)
                    .then().statusCode(401);
            String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
            given().header("Authorization", "Bearer " + forged).when().get("/api/v1/invoices/{id}", invoice)
                    .then().statusCode(401);

            logs.assertNoneOf(List.of(token, financeToken, expired, forged, tokenPayload(token), Api.CARD_OK,
                    Api.CARD_DECLINED, Api.CARD_CONFIRM, webhookSecret, fingerprintSecret));
        }
    }

    /** The claims part of a token, which names the person even without its signature. */
    private static String tokenPayload(String token) {
        return token.split("\\.")[1];
    }
}
