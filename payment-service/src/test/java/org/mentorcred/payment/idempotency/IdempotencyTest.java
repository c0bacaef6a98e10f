package org.mentorcred.payment.idempotency;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
import org.mentorcred.payment.payment.rest.PaymentRequest;
import org.mentorcred.payment.sandbox.SandboxProvider;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Stripe's idempotency rules on POST /api/v1/invoices/{id}/payments. */
@QuarkusTest
class IdempotencyTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    DataSource db;

    @Inject
    IdempotencyService idempotency;

    @Inject
    SandboxProvider sandbox;

    @Inject
    ObjectMapper mapper;

    TestProducer producer;

    @BeforeEach
    void connect() {
        producer = new TestProducer(bootstrap);
    }

    @AfterEach
    void disconnect() {
        producer.close();
    }

    @Test
    void aPaymentWithoutAnIdempotencyKeyIs400() {
        Events.Application application = Events.Application.of("IPMA_PM", true);
        String invoiceId = Api.issueInvoice(producer, application);
        Api.pay(Api.applicant(application), invoiceId, null, Api.card(Api.CARD_OK))
                .then().statusCode(400).contentType(Api.PROBLEM)
                .body("violations[0].field", equalTo("Idempotency-Key"));
        Api.pay(Api.applicant(application), invoiceId, "   ", Api.card(Api.CARD_OK)).then().statusCode(400);
        Api.pay(Api.applicant(application), invoiceId, "k".repeat(256), Api.card(Api.CARD_OK)).then().statusCode(400);
        assertEquals("OPEN", Api.invoiceStatus(invoiceId));
    }

    @Test
    void theSameKeyAndBodyAnswerTheFirstResponseByteForByteAndChargeOnce() {
        Events.Application application = Events.Application.of("IPMA_MM", false);
        String invoiceId = Api.issueInvoice(producer, application);
        String key = UUID.randomUUID().toString();

        Response first = Api.pay(Api.applicant(application), invoiceId, key, Api.card(Api.CARD_OK));
        first.then().statusCode(201).header(StoredResponse.REPLAYED_HEADER, org.hamcrest.Matchers.nullValue());
        Response again = Api.pay(Api.applicant(application), invoiceId, key, Api.card(Api.CARD_OK));
        again.then().statusCode(201).header(StoredResponse.REPLAYED_HEADER, "true")
                .header("Location", first.header("Location"));

        assertArrayEquals(first.asByteArray(), again.asByteArray());
        assertEquals(1, sandbox.chargeCalls(UUID.fromString(invoiceId)));
        assertEquals(1, Db.count(db, "SELECT count(*) FROM payment WHERE invoice_id = ?", UUID.fromString(invoiceId)));
    }

    @Test
    void aStoredDeclineIsAnsweredAgainToo() {
        Events.Application application = Events.Application.of("IPMA_AM", true);
        String invoiceId = Api.issueInvoice(producer, application);
        String key = UUID.randomUUID().toString();

        Response first = Api.pay(Api.applicant(application), invoiceId, key, Api.card(Api.CARD_DECLINED));
        first.then().statusCode(402);
        Response again = Api.pay(Api.applicant(application), invoiceId, key, Api.card(Api.CARD_DECLINED));
        again.then().statusCode(402).contentType(Api.PROBLEM).header(StoredResponse.REPLAYED_HEADER, "true");
        assertArrayEquals(first.asByteArray(), again.asByteArray());
        assertEquals(1, sandbox.chargeCalls(UUID.fromString(invoiceId)));
    }

    @Test
    void theSameKeyWithAnotherBodyOrInvoiceIs422() {
        Events.Application application = Events.Application.of("IPMA_PM", true);
        String invoiceId = Api.issueInvoice(producer, application);
        Events.Application other = new Events.Application(UUID.randomUUID(), UUID.randomUUID(), application.subject(),
                "IPMA_AM", true);
        String otherInvoice = Api.issueInvoice(producer, other);
        String key = UUID.randomUUID().toString();

        Api.pay(Api.applicant(application), invoiceId, key, Api.card(Api.CARD_DECLINED)).then().statusCode(402);
        Api.pay(Api.applicant(application), invoiceId, key, Api.card(Api.CARD_OK))
                .then().statusCode(422).contentType(Api.PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/idempotency-key-reused"))
                .body("violations[0].field", equalTo("Idempotency-Key"));
        Api.pay(Api.applicant(application), otherInvoice, key, Api.card(Api.CARD_DECLINED))
                .then().statusCode(422).contentType(Api.PROBLEM);
        assertEquals("OPEN", Api.invoiceStatus(invoiceId));
        assertEquals("OPEN", Api.invoiceStatus(otherInvoice));
        assertEquals(0, sandbox.chargeCalls(UUID.fromString(otherInvoice)));
    }

    @Test
    void aKeyWhoseRequestIsStillInFlightIs409UntilItsLeaseRunsOut() throws Exception {
        Events.Application application = Events.Application.of("IPMA_PM", true);
        String invoiceId = Api.issueInvoice(producer, application);
        String key = UUID.randomUUID().toString();
        String path = "/api/v1/invoices/" + invoiceId + "/payments";
        PaymentRequest request = mapper.readValue(Api.card(Api.CARD_OK), PaymentRequest.class);
        // Another instance is processing this very request.
        idempotency.begin(application.subject(), key, "POST", path, idempotency.fingerprint("POST", path, request));

        Api.pay(Api.applicant(application), invoiceId, key, Api.card(Api.CARD_OK))
                .then().statusCode(409).contentType(Api.PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/idempotency-key-in-use"));
        assertEquals(0, sandbox.chargeCalls(UUID.fromString(invoiceId)));

        // That instance died: once the lease has run out, the retry takes the key over and completes.
        Db.update(db, "UPDATE idempotency_key SET locked_until = now() - interval '1 second' WHERE subject = ? AND idem_key = ?",
                application.subject(), key);
        Api.pay(Api.applicant(application), invoiceId, key, Api.card(Api.CARD_OK)).then().statusCode(201);
        assertEquals("PAID", Api.invoiceStatus(invoiceId));
    }

    @Test
    void aRetryAfterACrashResumesThePaymentTheFirstAttemptClaimed() throws Exception {
        Events.Application application = Events.Application.of("IPMA_AM", true);
        String invoiceId = Api.issueInvoice(producer, application);
        String key = UUID.randomUUID().toString();
        String path = "/api/v1/invoices/" + invoiceId + "/payments";
        PaymentRequest request = mapper.readValue(Api.card(Api.CARD_OK), PaymentRequest.class);
        // The first attempt claimed the invoice with a PENDING payment, then its process died before the charge.
        idempotency.begin(application.subject(), key, "POST", path, idempotency.fingerprint("POST", path, request));
        UUID claimed = UUID.randomUUID();
        Db.update(db, """
                INSERT INTO payment (id, invoice_id, payer_subject, provider, amount, currency, status, card_brand,
                                     card_last4, created_at, next_check_at)
                VALUES (?, ?, ?, 'sandbox', 130.00, 'USD', 'PENDING', 'visa', '4242', now(), now() + interval '1 hour')""",
                claimed, UUID.fromString(invoiceId), application.subject());
        Db.update(db, """
                UPDATE idempotency_key SET resource_id = ?, locked_until = now() - interval '1 second'
                WHERE subject = ? AND idem_key = ?""", claimed, application.subject(), key);

        Api.pay(Api.applicant(application), invoiceId, key, Api.card(Api.CARD_OK))
                .then().statusCode(201).body("id", equalTo(claimed.toString())).body("status", equalTo("SUCCEEDED"));
        assertEquals(1, Db.count(db, "SELECT count(*) FROM payment WHERE invoice_id = ?", UUID.fromString(invoiceId)));
        assertEquals(1, sandbox.chargeCalls(UUID.fromString(invoiceId)));
        assertEquals("PAID", Api.invoiceStatus(invoiceId));
    }

    @Test
    void keysAreScopedToTheCaller() {
        Events.Application application = Events.Application.of("IMC_CPM", true);
        String invoiceId = Api.issueInvoice(producer, application);
        String key = UUID.randomUUID().toString();

        Api.pay(Api.applicant(application), invoiceId, key, Api.card(Api.CARD_DECLINED)).then().statusCode(402);
        // The same key from finance is finance's own key: a new request, not a replay of the applicant's.
        Api.pay(Api.finance(), invoiceId, key, Api.card(Api.CARD_OK))
                .then().statusCode(201).header(StoredResponse.REPLAYED_HEADER, org.hamcrest.Matchers.nullValue());
        assertEquals("PAID", Api.invoiceStatus(invoiceId));
    }

    @Test
    void keysAreKeptForTheRetentionPeriodThenPurged() {
        Events.Application application = Events.Application.of("IPMA_SM", true);
        String invoiceId = Api.issueInvoice(producer, application);
        String old = UUID.randomUUID().toString();
        String recent = UUID.randomUUID().toString();
        Api.pay(Api.applicant(application), invoiceId, old, Api.card(Api.CARD_DECLINED)).then().statusCode(402);
        Api.pay(Api.applicant(application), invoiceId, recent, Api.card(Api.CARD_NO_FUNDS)).then().statusCode(402);
        Db.update(db, "UPDATE idempotency_key SET created_at = now() - interval '25 hours' WHERE subject = ? AND idem_key = ?",
                application.subject(), old);
        Db.update(db, "UPDATE idempotency_key SET created_at = now() - interval '23 hours' WHERE subject = ? AND idem_key = ?",
                application.subject(), recent);

        idempotency.purge();

        assertNull(Db.text(db, "SELECT idem_key FROM idempotency_key WHERE subject = ? AND idem_key = ?",
                application.subject(), old));
        Api.pay(Api.applicant(application), invoiceId, recent, Api.card(Api.CARD_NO_FUNDS))
                .then().statusCode(402).header(StoredResponse.REPLAYED_HEADER, "true");
        // The purged key is free again: the same request runs anew (and is declined anew).
        Api.pay(Api.applicant(application), invoiceId, old, Api.card(Api.CARD_DECLINED))
                .then().statusCode(402).header(StoredResponse.REPLAYED_HEADER, org.hamcrest.Matchers.nullValue());
        assertEquals(3, sandbox.chargeCalls(UUID.fromString(invoiceId)));
    }
}
