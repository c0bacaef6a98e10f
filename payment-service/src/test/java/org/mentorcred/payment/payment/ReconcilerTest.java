package org.mentorcred.payment.payment;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** Payments left PENDING by a request that died are settled by the reconciler from what the provider knows. */
@QuarkusTest
class ReconcilerTest {

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

    /** A claimed payment whose request died, its lease already run out. */
    UUID abandonedPayment(String invoiceId, String amount) {
        UUID paymentId = UUID.randomUUID();
        Db.update(db, """
                INSERT INTO payment (id, invoice_id, payer_subject, provider, amount, currency, status, card_brand,
                                     card_last4, created_at, next_check_at)
                VALUES (?, ?, 'someone', 'sandbox', ?::numeric, 'USD', 'PENDING', 'visa', '4242',
                        now() - interval '5 minutes', now() - interval '1 second')""",
                paymentId, UUID.fromString(invoiceId), amount);
        return paymentId;
    }

    @Test
    void aPaymentTheProviderChargedBeforeTheCrashIsRecordedAsPaid() throws Exception {
        Events.Application application = Events.Application.of("IPMA_PM", true);
        String invoiceId = Api.issueInvoice(producer, application);
        UUID paymentId = abandonedPayment(invoiceId, "170.00");
        Db.update(db, """
                INSERT INTO sandbox_charge (id, reference, invoice_reference, amount, currency, card_brand, card_last4,
                                            status, created_at, completed_at)
                VALUES (?, ?, ?, 170.00, 'USD', 'visa', '4242', 'SUCCEEDED', now(), now())""",
                "sbx_ch_" + UUID.randomUUID().toString().replace("-", ""), paymentId.toString(), invoiceId);

        ConsumerRecord<String, String> record = probe.awaitOne(
                withKey(application.key()).and(ofType(PaymentTest.SUCCEEDED)), Api.WAIT);
        EventContracts.assertValid(Events.PAYMENT, "PaymentSucceeded", record.value());
        assertEquals(paymentId.toString(), new ObjectMapper().readTree(record.value()).get("paymentId").asText());
        assertEquals("PAID", Api.invoiceStatus(invoiceId));
    }

    @Test
    void aPaymentTheProviderNeverSawIsFailedAndTheInvoiceCanBePaidAgain() throws Exception {
        Events.Application application = Events.Application.of("IPMA_AM", false);
        String invoiceId = Api.issueInvoice(producer, application);
        UUID paymentId = abandonedPayment(invoiceId, "330.00");
        Db.update(db, "UPDATE payment SET next_check_at = now() + interval '1 hour' WHERE id = ?", paymentId);
        // While it is pending, nobody else can pay the invoice.
        Api.pay(Api.applicant(application), invoiceId, UUID.randomUUID().toString(), Api.card(Api.CARD_OK))
                .then().statusCode(409);
        Db.update(db, "UPDATE payment SET next_check_at = now() - interval '1 second' WHERE id = ?", paymentId);

        ConsumerRecord<String, String> record = probe.awaitOne(
                withKey(application.key()).and(ofType(PaymentTest.FAILED)), Api.WAIT);
        EventContracts.assertValid(Events.PAYMENT, "PaymentFailed", record.value());
        assertEquals("processing_error", new ObjectMapper().readTree(record.value()).get("declineCode").asText());
        await().atMost(Api.WAIT).until(() -> "FAILED".equals(Db.text(db, "SELECT status FROM payment WHERE id = ?", paymentId)));
        Api.pay(Api.applicant(application), invoiceId, UUID.randomUUID().toString(), Api.card(Api.CARD_OK))
                .then().statusCode(201);
    }
}
