package org.mentorcred.payment.refund;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorcred.infra.test.TopicProbe.ofType;
import static org.mentorcred.infra.test.TopicProbe.withKey;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
import io.restassured.response.Response;

@QuarkusTest
class RefundTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REFUND_ISSUED = Events.type(Events.PAYMENT, "RefundIssued");

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

    record Paid(Events.Application application, String invoiceId, String paymentId) {
    }

    Paid paid(String programme, boolean member) {
        Events.Application application = Events.Application.of(programme, member);
        String invoiceId = Api.issueInvoice(producer, application);
        String paymentId = Api.pay(Api.applicant(application), invoiceId, UUID.randomUUID().toString(),
                Api.card(Api.CARD_OK)).then().statusCode(201).extract().path("id");
        return new Paid(application, invoiceId, paymentId);
    }

    static Response refund(String paymentId, String body) {
        return Api.finance().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/payments/{id}/refunds", paymentId);
    }

    @Test
    void financeRefundsInPartsUntilNothingIsLeftAndTheInvoiceBecomesRefunded() throws Exception {
        Paid paid = paid("IPMA_PM", true); // 170.00

        refund(paid.paymentId(), "{\"amount\":\"31.00\",\"reason\":\"Exam fee charged twice\"}")
                .then().statusCode(201)
                .body("amount", equalTo("31.00"))
                .body("status", equalTo("SUCCEEDED"))
                .body("reason", equalTo("Exam fee charged twice"))
                .body("automatic", equalTo(false));
        ConsumerRecord<String, String> partial = probe.awaitOne(withKey(paid.application().key()).and(ofType(REFUND_ISSUED)),
                Api.WAIT);
        EventContracts.assertValid(Events.PAYMENT, "RefundIssued", partial.value());
        JsonNode first = JSON.readTree(partial.value());
        assertEquals("31.00", first.get("amount").asText());
        assertFalse(first.get("fullRefund").asBoolean());
        assertEquals("PAID", Api.invoiceStatus(paid.invoiceId()));

        refund(paid.paymentId(), "{\"amount\":139.01,\"reason\":\"Too much\"}")
                .then().statusCode(422).contentType(Api.PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/refund-exceeds-payment"))
                .body("refundable", equalTo("139.00"))
                .body("violations[0].field", equalTo("amount"));

        refund(paid.paymentId(), "{\"reason\":\"Goodwill\"}")
                .then().statusCode(201).body("amount", equalTo("139.00"));
        List<ConsumerRecord<String, String>> both = probe.await(
                withKey(paid.application().key()).and(ofType(REFUND_ISSUED)), 2, Api.WAIT);
        EventContracts.assertValid(Events.PAYMENT, "RefundIssued", both.get(1).value());
        JsonNode rest = JSON.readTree(both.get(1).value());
        assertEquals("139.00", rest.get("amount").asText());
        assertTrue(rest.get("fullRefund").asBoolean());
        assertEquals("REFUNDED", Api.invoiceStatus(paid.invoiceId()));

        refund(paid.paymentId(), "{\"amount\":\"0.01\",\"reason\":\"More\"}")
                .then().statusCode(409).contentType(Api.PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/payment-fully-refunded"));
        Api.applicant(paid.application()).when().get("/api/v1/invoices/{id}/receipt", paid.invoiceId())
                .then().statusCode(200)
                .body("refunds", hasSize(2))
                .body("refundedTotal", equalTo("170.00"))
                .body("netPaid", equalTo("0.00"))
                .body("invoiceStatus", equalTo("REFUNDED"));
        Api.applicant(paid.application()).when().get("/api/v1/payments/{id}", paid.paymentId())
                .then().statusCode(200).body("refundedAmount", equalTo("170.00")).body("refunds", hasSize(2));
    }

    @Test
    void aRefundNeverExceedsWhatWasPaidEvenWhenFinanceClicksManyTimesAtOnce() throws Exception {
        Paid paid = paid("IMC_CPM", true); // 250.00
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return refund(paid.paymentId(), "{\"amount\":\"100.00\",\"reason\":\"Race\"}").statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(1, TimeUnit.MINUTES));
        }
        pool.shutdownNow();

        assertEquals(2, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
        assertEquals(4, statuses.stream().filter(s -> s == 422).count(), statuses::toString);
        assertEquals(200, Db.count(db,
                "SELECT (refunded_amount * 1)::int FROM payment WHERE id = ?", UUID.fromString(paid.paymentId())));
        assertEquals(2, Db.count(db, "SELECT count(*) FROM sandbox_refund r JOIN sandbox_charge c ON c.id = r.charge_id "
                + "WHERE c.reference = ?", paid.paymentId()));
    }

    @Test
    void onlyFinanceRefundsAndOnlyWhatSucceededWithAReason() {
        Paid paid = paid("IPMA_AM", true);
        Api.applicant(paid.application()).contentType(ContentType.JSON).body("{\"reason\":\"Mine\"}")
                .when().post("/api/v1/payments/{id}/refunds", paid.paymentId())
                .then().statusCode(403).contentType(Api.PROBLEM);
        Api.as("admin", "admin-1").contentType(ContentType.JSON).body("{\"reason\":\"Mine\"}")
                .when().post("/api/v1/payments/{id}/refunds", paid.paymentId())
                .then().statusCode(403);
        refund(paid.paymentId(), "{\"amount\":\"10.00\"}").then().statusCode(400).contentType(Api.PROBLEM)
                .body("violations[0].field", equalTo("reason"));
        refund(paid.paymentId(), "{\"amount\":\"10.001\",\"reason\":\"x\"}").then().statusCode(400)
                .body("violations[0].field", equalTo("amount"));
        refund(paid.paymentId(), "{\"amount\":\"0\",\"reason\":\"x\"}").then().statusCode(400)
                .body("violations[0].field", equalTo("amount"));
        refund(UUID.randomUUID().toString(), "{\"reason\":\"x\"}").then().statusCode(404).contentType(Api.PROBLEM);

        Events.Application declined = Events.Application.of("IPMA_AM", true);
        String invoiceId = Api.issueInvoice(producer, declined);
        String failed = Api.pay(Api.applicant(declined), invoiceId, UUID.randomUUID().toString(),
                Api.card(Api.CARD_DECLINED)).then().statusCode(402).extract().path("paymentId");
        refund(failed, "{\"reason\":\"x\"}").then().statusCode(409).contentType(Api.PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/payment-not-refundable"))
                .body("currentState", equalTo("FAILED"));
        assertEquals("PAID", Api.invoiceStatus(paid.invoiceId()));
    }

    @Test
    void aRefundWithAnIdempotencyKeyIsMadeOnceAndAnsweredAgain() {
        Paid paid = paid("IPMA_SM", false);
        String key = UUID.randomUUID().toString();
        Response first = Api.finance().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"amount\":\"100.00\",\"reason\":\"Partial\"}")
                .when().post("/api/v1/payments/{id}/refunds", paid.paymentId());
        first.then().statusCode(201);
        Response again = Api.finance().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"amount\":\"100.00\",\"reason\":\"Partial\"}")
                .when().post("/api/v1/payments/{id}/refunds", paid.paymentId());
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(first.asString(), again.asString());
        assertEquals(1, Db.count(db, "SELECT count(*) FROM refund WHERE payment_id = ?", UUID.fromString(paid.paymentId())));
        Api.finance().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"amount\":\"50.00\",\"reason\":\"Partial\"}")
                .when().post("/api/v1/payments/{id}/refunds", paid.paymentId())
                .then().statusCode(422);
    }

    @Test
    void aWithdrawalAfterPaymentRefundsThePaymentInFullOnce() throws Exception {
        Paid paid = paid("IPMA_PM", false); // 430.00

        paid.application().sendWithdrawn(producer);
        ConsumerRecord<String, String> record = probe.awaitOne(
                withKey(paid.application().key()).and(ofType(REFUND_ISSUED)), Api.WAIT);
        EventContracts.assertValid(Events.PAYMENT, "RefundIssued", record.value());
        JsonNode event = JSON.readTree(record.value());
        assertEquals("430.00", event.get("amount").asText());
        assertTrue(event.get("fullRefund").asBoolean());
        assertEquals("Application withdrawn", event.get("reason").asText());
        assertEquals(paid.paymentId(), event.get("paymentId").asText());
        await().atMost(Api.WAIT).until(() -> "REFUNDED".equals(Api.invoiceStatus(paid.invoiceId())));

        // The same withdrawal published again (another ce_id) refunds nothing more.
        String again = producer.sendEvent(Events.APPLICATION_EVENTS, paid.application().key(),
                Events.type(Events.APPLICATION, "ApplicationWithdrawn"), paid.application().withdrawn());
        Db.awaitProcessed(db, again);
        assertEquals(1, Db.count(db, "SELECT count(*) FROM refund WHERE payment_id = ?", UUID.fromString(paid.paymentId())));
        Api.finance().when().get("/api/v1/payments/{id}", paid.paymentId())
                .then().body("refunds[0].automatic", equalTo(true)).body("refundedAmount", equalTo("430.00"));
    }

    @Test
    void aPaymentConfirmedAfterTheApplicationWasWithdrawnIsRefunded() throws Exception {
        Events.Application application = Events.Application.of("IPMA_AM", true);
        String invoiceId = Api.issueInvoice(producer, application);
        String paymentId = Api.pay(Api.applicant(application), invoiceId, UUID.randomUUID().toString(),
                Api.card(Api.CARD_CONFIRM)).then().statusCode(202).extract().path("id");
        application.sendWithdrawn(producer);
        await().atMost(Api.WAIT).until(() -> "VOID".equals(Api.invoiceStatus(invoiceId)));

        Api.finance().when().post("/api/v1/sandbox/payments/{id}/complete?outcome=succeeded", paymentId)
                .then().statusCode(200).body("webhookStatus", equalTo(200));

        ConsumerRecord<String, String> record = probe.awaitOne(withKey(application.key()).and(ofType(REFUND_ISSUED)),
                Api.WAIT);
        EventContracts.assertValid(Events.PAYMENT, "RefundIssued", record.value());
        assertEquals("130.00", JSON.readTree(record.value()).get("amount").asText());
        assertTrue(JSON.readTree(record.value()).get("fullRefund").asBoolean());
        assertEquals("VOID", Api.invoiceStatus(invoiceId));
    }
}
