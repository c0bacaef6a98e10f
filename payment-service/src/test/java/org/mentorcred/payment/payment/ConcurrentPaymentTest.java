package org.mentorcred.payment.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.mentorcred.infra.test.TestProducer;
import org.mentorcred.payment.Api;
import org.mentorcred.payment.Db;
import org.mentorcred.payment.Events;
import org.mentorcred.payment.sandbox.SandboxProvider;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ConcurrentPaymentTest {

    private static final int REQUESTS = 50;
    private static final int KEYS = 7;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    DataSource db;

    @Inject
    SandboxProvider sandbox;

    record Answer(String key, int status, String type, String paymentId) {
    }

    @Test
    void fiftyConcurrentPaymentsWithMixedKeysChargeTheInvoiceExactlyOnce() throws Exception {
        Events.Application application = Events.Application.of("IPMA_MM", true);
        String invoiceId;
        try (TestProducer producer = new TestProducer(bootstrap)) {
            invoiceId = Api.issueInvoice(producer, application);
        }
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < KEYS; i++) {
            keys.add(UUID.randomUUID().toString());
        }
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Answer>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < REQUESTS; i++) {
                String key = keys.get(i % KEYS);
                Callable<Answer> call = () -> {
                    start.await();
                    Response response = Api.pay(Api.applicant(application), invoiceId, key, Api.card(Api.CARD_OK));
                    String type = response.statusCode() >= 400 ? response.path("type") : null;
                    String paymentId = response.statusCode() < 300 ? response.path("id") : null;
                    return new Answer(key, response.statusCode(), type, paymentId);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> future : futures) {
                answers.add(future.get(2, TimeUnit.MINUTES));
            }

            List<Answer> paid = answers.stream().filter(a -> a.status() == 201).toList();
            assertTrue(!paid.isEmpty(), "someone paid: " + answers);
            Set<String> payments = new HashSet<>(paid.stream().map(Answer::paymentId).toList());
            assertEquals(1, payments.size(), "every 201 is the one payment (first answer or its replay): " + answers);
            assertEquals(1, new HashSet<>(paid.stream().map(Answer::key).toList()).size(), "one winning key");
            Set<String> conflicts = Set.of("https://mentorcred.org/problems/payment-in-progress",
                    "https://mentorcred.org/problems/invoice-already-paid",
                    "https://mentorcred.org/problems/idempotency-key-in-use");
            for (Answer answer : answers) {
                assertTrue(answer.status() == 201 || (answer.status() == 409 && conflicts.contains(answer.type())),
                        "only the payment or a 409 conflict, never a 5xx: " + answer);
            }

            assertEquals(1, sandbox.chargeCalls(UUID.fromString(invoiceId)), "one provider charge");
            assertEquals(1, Db.count(db, "SELECT count(*) FROM sandbox_charge WHERE invoice_reference = ?", invoiceId));
            assertEquals(1, Db.count(db, "SELECT count(*) FROM payment WHERE invoice_id = ?", UUID.fromString(invoiceId)));
            assertEquals("PAID", Api.invoiceStatus(invoiceId));
            assertEquals(1, Db.outboxEvents(db, application.key(), PaymentTest.SUCCEEDED));
        } finally {
            pool.shutdownNow();
        }
    }
}
