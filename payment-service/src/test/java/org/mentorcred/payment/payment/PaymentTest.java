package org.mentorcred.payment.payment;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorcred.infra.test.TopicProbe.ofType;
import static org.mentorcred.infra.test.TopicProbe.withKey;

import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorcred.infra.test.EventContracts;
import org.mentorcred.infra.test.TestProducer;
import org.mentorcred.infra.test.TopicProbe;
import org.mentorcred.payment.Api;
import org.mentorcred.payment.Db;
import org.mentorcred.payment.Events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class PaymentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String SUCCEEDED = Events.type(Events.PAYMENT, "PaymentSucceeded");
    static final String FAILED = Events.type(Events.PAYMENT, "PaymentFailed");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    DataSource db;

    TestProducer producer;
    TopicProbe probe;

    @BeforeEach
    void connect() {
        producer = new TestProducer(bootstrap);
        probe = TopicProbe.fromNow(bootstrap, Events.PAYMENT_EVENTS);
    }

    @AfterEach
    void disconnect() {
        probe.close();
        producer.close();
    }

    @Test
    void theApplicantPaysByCardAndGetsAReceipt() throws Exception {
        Events.Application application = Events.Application.of("IPMA_PM", true);
        String invoiceId = Api.issueInvoice(producer, application);
        Api.applicant(application).when().get("/api/v1/invoices/{id}/receipt", invoiceId)
                .then().statusCode(409).contentType(Api.PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/invoice-not-paid"));

        String paymentId = Api.pay(Api.applicant(application), invoiceId, UUID.randomUUID().toString(),
                        Api.card(Api.CARD_OK))
                .then().statusCode(201)
                .header("Location", startsWith("/api/v1/payments/"))
                .body("status", equalTo("SUCCEEDED"))
                .body("amount", equalTo("170.00"))
                .body("currency", equalTo("USD"))
                .body("provider", equalTo("sandbox"))
                .body("cardBrand", equalTo("visa"))
                .body("cardLast4", equalTo("4242"))
                .body("nextAction", nullValue())
                .extract().path("id");

        assertEquals("PAID", Api.invoiceStatus(invoiceId));
        ConsumerRecord<String, String> record = probe.awaitOne(withKey(application.key()).and(ofType(SUCCEEDED)), Api.WAIT);
        EventContracts.assertValid(Events.PAYMENT, "PaymentSucceeded", record.value());
        JsonNode event = JSON.readTree(record.value());
        assertEquals(paymentId, event.get("paymentId").asText());
        assertEquals(invoiceId, event.get("invoiceId").asText());
        assertEquals("170.00", event.get("amount").asText());
        assertEquals("ACCREDITATION", event.get("purpose").asText());
        assertEquals("http://127.0.0.1:8083/api/v1/invoices/" + invoiceId + "/receipt", event.get("receiptUrl").asText());

        Api.applicant(application).when().get("/api/v1/invoices/{id}/receipt", invoiceId)
                .then().statusCode(200)
                .body("invoiceId", equalTo(invoiceId))
                .body("payer.name", equalTo("Amara Okafor"))
                .body("total", equalTo("170.00"))
                .body("lines", hasSize(2))
                .body("payment.paymentId", equalTo(paymentId))
                .body("payment.cardLast4", equalTo("4242"))
                .body("netPaid", equalTo("170.00"))
                .body("invoiceStatus", equalTo("PAID"));
        Api.applicant(application).when().get("/api/v1/payments/{id}", paymentId)
                .then().statusCode(200).body("status", equalTo("SUCCEEDED"));
        Api.applicant(application).when().get("/api/v1/invoices/{id}/payments", invoiceId)
                .then().statusCode(200).body("id", equalTo(java.util.List.of(paymentId)));
        assertEquals(0, Db.count(db, "SELECT count(*) FROM payment WHERE card_last4 <> '4242' AND invoice_id = ?",
                UUID.fromString(invoiceId)));
    }

    @Test
    void aDeclinedCardIs402WithTheReasonAndPaymentFailedAndTheInvoiceStaysPayable() throws Exception {
        Events.Application application = Events.Application.of("IMC_CPM", false);
        String invoiceId = Api.issueInvoice(producer, application);

        String paymentId = Api.pay(Api.applicant(application), invoiceId, UUID.randomUUID().toString(),
                        Api.card(Api.CARD_NO_FUNDS))
                .then().statusCode(402).contentType(Api.PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/payment-declined"))
                .body("detail", equalTo("Your card was declined: insufficient funds"))
                .body("declineCode", equalTo("insufficient_funds"))
                .extract().path("paymentId");

        ConsumerRecord<String, String> record = probe.awaitOne(withKey(application.key()).and(ofType(FAILED)), Api.WAIT);
        EventContracts.assertValid(Events.PAYMENT, "PaymentFailed", record.value());
        JsonNode event = JSON.readTree(record.value());
        assertEquals(paymentId, event.get("paymentId").asText());
        assertEquals("insufficient_funds", event.get("declineCode").asText());
        assertEquals("Your card was declined: insufficient funds", event.get("reason").asText());
        assertEquals("398.00", event.get("amount").asText());
        assertEquals("OPEN", Api.invoiceStatus(invoiceId));

        Api.pay(Api.applicant(application), invoiceId, UUID.randomUUID().toString(), Api.card(Api.CARD_DECLINED))
                .then().statusCode(402).body("declineCode", equalTo("generic_decline"))
                .body("detail", equalTo("Your card was declined"));
        Api.pay(Api.applicant(application), invoiceId, UUID.randomUUID().toString(), Api.card(Api.CARD_OK))
                .then().statusCode(201);
        assertEquals("PAID", Api.invoiceStatus(invoiceId));
        Api.applicant(application).when().get("/api/v1/invoices/{id}/payments", invoiceId)
                .then().statusCode(200).body("status", equalTo(java.util.List.of("FAILED", "FAILED", "SUCCEEDED")));
    }

    @Test
    void aCardNeedingConfirmationStaysPendingUntilTheSignedWebhookSettlesIt() throws Exception {
        Events.Application application = Events.Application.of("IPMA_SM", true);
        String invoiceId = Api.issueInvoice(producer, application);

        String paymentId = Api.pay(Api.applicant(application), invoiceId, UUID.randomUUID().toString(),
                        Api.card(Api.CARD_CONFIRM))
                .then().statusCode(202)
                .body("status", equalTo("PENDING"))
                .body("nextAction", equalTo("await_confirmation"))
                .extract().path("id");
        assertEquals("OPEN", Api.invoiceStatus(invoiceId));
        Api.pay(Api.applicant(application), invoiceId, UUID.randomUUID().toString(), Api.card(Api.CARD_OK))
                .then().statusCode(409).contentType(Api.PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/payment-in-progress"));
        Api.applicant(application).when().post("/api/v1/sandbox/payments/{id}/complete?outcome=succeeded", paymentId)
                .then().statusCode(403);

        Api.finance().when().post("/api/v1/sandbox/payments/{id}/complete?outcome=succeeded", paymentId)
                .then().statusCode(200)
                .body("eventType", equalTo("charge.succeeded"))
                .body("webhookStatus", equalTo(200));

        assertEquals("PAID", Api.invoiceStatus(invoiceId));
        Api.applicant(application).when().get("/api/v1/payments/{id}", paymentId)
                .then().statusCode(200).body("status", equalTo("SUCCEEDED")).body("nextAction", nullValue());
        ConsumerRecord<String, String> record = probe.awaitOne(withKey(application.key()).and(ofType(SUCCEEDED)), Api.WAIT);
        EventContracts.assertValid(Events.PAYMENT, "PaymentSucceeded", record.value());
        assertEquals("430.00", JSON.readTree(record.value()).get("amount").asText());
        Api.finance().when().post("/api/v1/sandbox/payments/{id}/complete?outcome=succeeded", paymentId)
                .then().statusCode(409).contentType(Api.PROBLEM);
    }

    /**
     * The sandbox's webhook goes to this service's own socket, whatever {@code Host} the completion request names:
     * a Host pointing at another server once received the signed webhook instead (SSRF).
     */
    @Test
    void theSandboxWebhookNeverFollowsTheHostHeader() throws Exception {
        Events.Application application = Events.Application.of("IPMA_PM", true);
        String invoiceId = Api.issueInvoice(producer, application);
        String paymentId = Api.pay(Api.applicant(application), invoiceId, UUID.randomUUID().toString(),
                Api.card(Api.CARD_CONFIRM)).then().statusCode(202).extract().path("id");
        java.util.concurrent.atomic.AtomicInteger trapped = new java.util.concurrent.atomic.AtomicInteger();
        com.sun.net.httpserver.HttpServer trap = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        trap.createContext("/", exchange -> {
            trapped.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        trap.start();
        try {
            String elsewhere = "127.0.0.1:" + trap.getAddress().getPort();
            Api.finance().header("Host", elsewhere)
                    .when().post("/api/v1/sandbox/payments/{id}/complete?outcome=succeeded", paymentId)
                    .then().statusCode(200)
                    .body("webhookStatus", equalTo(200))
                    .body("webhookUrl", org.hamcrest.Matchers.matchesPattern("http://(127\\.0\\.0\\.1|\\[[0-9a-f:]+\\]):"
                            + io.restassured.RestAssured.port + "/api/v1/payment-webhooks/sandbox"));
        } finally {
            trap.stop(0);
        }
        assertEquals(0, trapped.get(), "the webhook went to the address in the Host header");
        assertEquals("PAID", Api.invoiceStatus(invoiceId));
    }

    /** Dates past the accepted range are 400 problems naming the field, never PostgreSQL's "date out of range". */
    @Test
    void feeDatesOutOfRangeAreRefusedByName() {
        io.restassured.RestAssured.given().queryParam("at", "+999999999-12-31").when().get("/api/v1/fees")
                .then().statusCode(400).contentType(Api.PROBLEM).body("violations[0].field", equalTo("at"));
        io.restassured.RestAssured.given().contentType(ContentType.JSON)
                .body("{\"programme\":\"IPMA_PM\",\"member\":true,\"at\":\"+999999999-12-31\"}")
                .when().post("/api/v1/fees/quotes")
                .then().statusCode(400).contentType(Api.PROBLEM).body("violations[0].field", equalTo("at"));
    }

    @Test
    void aFailedConfirmationFailsThePaymentAndFreesTheInvoice() throws Exception {
        Events.Application application = Events.Application.of("IPMA_AM", false);
        String invoiceId = Api.issueInvoice(producer, application);
        String paymentId = Api.pay(Api.applicant(application), invoiceId, UUID.randomUUID().toString(),
                Api.card(Api.CARD_CONFIRM)).then().statusCode(202).extract().path("id");

        Api.finance().when().post("/api/v1/sandbox/payments/{id}/complete?outcome=failed", paymentId)
                .then().statusCode(200).body("eventType", equalTo("charge.failed")).body("webhookStatus", equalTo(200));

        ConsumerRecord<String, String> record = probe.awaitOne(withKey(application.key()).and(ofType(FAILED)), Api.WAIT);
        EventContracts.assertValid(Events.PAYMENT, "PaymentFailed", record.value());
        assertEquals("authentication_failed", JSON.readTree(record.value()).get("declineCode").asText());
        Api.applicant(application).when().get("/api/v1/payments/{id}", paymentId)
                .then().body("status", equalTo("FAILED")).body("failureReason", equalTo("Your bank did not confirm the payment"));
        Api.pay(Api.applicant(application), invoiceId, UUID.randomUUID().toString(), Api.card(Api.CARD_OK))
                .then().statusCode(201);
    }

    @Test
    void anApplicantReachesOnlyTheirOwnInvoicesAndFinanceReachesAll() {
        Events.Application mine = Events.Application.of("IPMA_PM", true);
        Events.Application theirs = Events.Application.of("IPMA_PM", false);
        String myInvoice = Api.issueInvoice(producer, mine);
        String theirInvoice = Api.issueInvoice(producer, theirs);

        Api.applicant(mine).when().get("/api/v1/invoices")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(myInvoice));
        Api.applicant(mine).queryParam("applicationId", theirs.key()).when().get("/api/v1/invoices")
                .then().statusCode(403).contentType(Api.PROBLEM);
        Api.applicant(mine).when().get("/api/v1/invoices/{id}", theirInvoice).then().statusCode(403).contentType(Api.PROBLEM);
        Api.applicant(mine).when().get("/api/v1/invoices/{id}/receipt", theirInvoice).then().statusCode(403);
        Api.applicant(mine).when().get("/api/v1/invoices/{id}/payments", theirInvoice).then().statusCode(403);
        Api.pay(Api.applicant(mine), theirInvoice, UUID.randomUUID().toString(), Api.card(Api.CARD_OK))
                .then().statusCode(403).contentType(Api.PROBLEM);
        Api.as("reviewer", "reviewer-1").when().get("/api/v1/invoices/{id}", myInvoice).then().statusCode(403);
        Api.applicant(mine).when().get("/api/v1/invoices/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType(Api.PROBLEM);

        // Finance sees and filters everything, and may pay on an applicant's behalf.
        Api.finance().queryParam("applicationId", theirs.key()).queryParam("status", "OPEN")
                .when().get("/api/v1/invoices")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(theirInvoice));
        Api.as("admin", "admin-1").queryParam("status", "OPEN").queryParam("size", 1).when().get("/api/v1/invoices")
                .then().statusCode(200).body("items", hasSize(1)).body("size", equalTo(1));
        String paymentId = Api.pay(Api.finance(), theirInvoice, UUID.randomUUID().toString(), Api.card(Api.CARD_OK))
                .then().statusCode(201).extract().path("id");
        Api.applicant(mine).when().get("/api/v1/payments/{id}", paymentId).then().statusCode(403);
        Api.applicant(theirs).when().get("/api/v1/payments/{id}", paymentId).then().statusCode(200);
        Api.as("admin", "admin-1").queryParam("applicationId", theirs.key()).queryParam("status", "PAID")
                .when().get("/api/v1/invoices").then().statusCode(200).body("total", equalTo(1));
        Api.finance().queryParam("status", "UNPAID").when().get("/api/v1/invoices")
                .then().statusCode(400).contentType(Api.PROBLEM).body("violations[0].field", equalTo("status"));
        Api.finance().queryParam("applicationId", "nope").when().get("/api/v1/invoices")
                .then().statusCode(400).contentType(Api.PROBLEM).body("violations[0].field", equalTo("applicationId"));
    }

    @Test
    void theOpenApiDocumentRequiresTheIdempotencyKeyHeaderToPay() {
        io.restassured.path.json.JsonPath spec = io.restassured.RestAssured.given().queryParam("format", "json")
                .when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        java.util.List<java.util.Map<String, Object>> parameters =
                spec.getList("paths.'/api/v1/invoices/{id}/payments'.post.parameters");
        java.util.Map<String, Object> key = parameters.stream()
                .filter(p -> "Idempotency-Key".equals(p.get("name"))).findFirst().orElseThrow();
        assertEquals("header", key.get("in"));
        assertEquals(Boolean.TRUE, key.get("required"));
        assertTrue(spec.getMap("paths.'/api/v1/invoices/{id}/payments'.post.responses").keySet()
                .containsAll(java.util.Set.of("201", "202", "400", "402", "409", "422")));
    }

    @Test
    void refusesABadCardAnUnknownProviderAndAMissingCard() {
        Events.Application application = Events.Application.of("IPMA_PM", true);
        String invoiceId = Api.issueInvoice(producer, application);

        Api.pay(Api.applicant(application), invoiceId, UUID.randomUUID().toString(), Api.card("4242424242424241"))
                .then().statusCode(422).contentType(Api.PROBLEM)
                .body("violations[0].field", equalTo("card.number"));
        Api.pay(Api.applicant(application), invoiceId, UUID.randomUUID().toString(),
                        "{\"provider\":\"acme\",\"card\":{\"number\":\"4242424242424242\",\"expMonth\":12,"
                                + "\"expYear\":2030,\"cvc\":\"123\"}}")
                .then().statusCode(422).contentType(Api.PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/unknown-provider"));
        Api.pay(Api.applicant(application), invoiceId, UUID.randomUUID().toString(), "{}")
                .then().statusCode(400).contentType(Api.PROBLEM).body("violations[0].field", equalTo("card"));
        Api.pay(Api.applicant(application), invoiceId, UUID.randomUUID().toString(),
                        "{\"card\":{\"number\":\"4242\",\"expMonth\":13,\"expYear\":2030,\"cvc\":\"12\"}}")
                .then().statusCode(400).contentType(Api.PROBLEM)
                .body("violations.field", equalTo(java.util.List.of("card.cvc", "card.expMonth", "card.number")));
        Api.pay(Api.applicant(application), invoiceId, UUID.randomUUID().toString(), "{\"card\":")
                .then().statusCode(400).contentType(Api.PROBLEM);
        Api.pay(Api.applicant(application), UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                        Api.card(Api.CARD_OK))
                .then().statusCode(404).contentType(Api.PROBLEM);
        // An expired card is the provider's to decline, like a real one.
        Api.pay(Api.applicant(application), invoiceId, UUID.randomUUID().toString(),
                        "{\"card\":{\"number\":\"4242424242424242\",\"expMonth\":1,\"expYear\":2020,\"cvc\":\"123\"}}")
                .then().statusCode(402).body("declineCode", equalTo("expired_card"));
        assertEquals("OPEN", Api.invoiceStatus(invoiceId));
        assertTrue(Db.count(db, "SELECT count(*) FROM payment WHERE invoice_id = ? AND status = 'SUCCEEDED'",
                UUID.fromString(invoiceId)) == 0);
    }

    @Test
    void theSandboxCompletesOnlyChargesItKnowsWithAKnownOutcome() {
        Api.finance().contentType(ContentType.JSON)
                .when().post("/api/v1/sandbox/payments/{id}/complete?outcome=succeeded", UUID.randomUUID())
                .then().statusCode(404).contentType(Api.PROBLEM);
        Api.finance().when().post("/api/v1/sandbox/payments/{id}/complete?outcome=maybe", UUID.randomUUID())
                .then().statusCode(400).contentType(Api.PROBLEM).body("violations[0].field", equalTo("outcome"));
    }
}
