package org.mentorcred.systemtests.journeys;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mentorcred.systemtests.World.ASYNC;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.mentorcred.systemtests.api.Applicant;
import org.mentorcred.systemtests.api.PaymentApi;
import org.mentorcred.systemtests.support.Ids;
import org.mentorcred.systemtests.support.Mail;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Journey 6: an eligible IPMA Professional Mentor applicant's card is declined; they pay with another card under a
 * new Idempotency-Key; their client retrying the first request gets the first answer again, byte for byte, and
 * nothing is charged twice.
 */
class DeclinedThenPaidIT extends Journey {

    @Test
    void aDeclinedCardThenANewKeyPaysOnceAndTheFirstKeyReplaysItsAnswer() {
        Applicant applicant = world.apis().application().newApplicant(Ids.domain("j6"));
        String id = world.apis().drafts().eligible(applicant, "IPMA_PM");
        world.apis().application().submit(applicant, id).statusCode(200).body("status", equalTo("SUBMITTED"));

        // Eligible, so invoiced: the member fee of the level and its exam fee.
        PaymentApi payments = world.apis().payment();
        JsonPath invoice = Awaitility.await("the invoice of " + id).atMost(ASYNC)
                .until(() -> payments.invoices(applicant, id).statusCode(200).extract().jsonPath(),
                        page -> page.getInt("total") == 1)
                .setRootPath("items[0]");
        String invoiceId = invoice.getString("id");
        String number = invoice.getString("number");
        assertEquals("OPEN", invoice.getString("status"));
        assertEquals("170.00", invoice.getString("total"));
        assertThat(invoice.getList("lines.amount"), containsInAnyOrder("139.00", "31.00"));
        world.mailbox().awaitOne(applicant.email(), "Invoice " + number, ASYNC);

        // The first attempt is declined.
        String firstKey = UUID.randomUUID().toString();
        Response declined = payments.pay(applicant, invoiceId, firstKey, PaymentApi.CARD_DECLINED);
        declined.then().statusCode(402).contentType("application/problem+json")
                .body("type", equalTo("https://mentorcred.org/problems/payment-declined"))
                .body("declineCode", equalTo("generic_decline"))
                .body("paymentId", notNullValue());
        String declinedPaymentId = declined.path("paymentId");
        Mail failed = world.mailbox().awaitOne(applicant.email(), "did not go through", ASYNC);
        assertThat(failed.subject(), containsString(number));
        assertThat(failed.text(), containsString("Your card was declined"));

        // A new key and a good card pay the invoice.
        String secondKey = UUID.randomUUID().toString();
        Response paid = payments.pay(applicant, invoiceId, secondKey, PaymentApi.CARD_SUCCEEDS);
        paid.then().statusCode(201).body("status", equalTo("SUCCEEDED")).body("amount", equalTo("170.00"))
                .body("cardLast4", equalTo("4242"));
        String paymentId = paid.path("id");

        // The client retries its first request: the stored 402, byte for byte, marked as a replay.
        Response replayed = payments.pay(applicant, invoiceId, firstKey, PaymentApi.CARD_DECLINED);
        replayed.then().statusCode(402).header("Idempotent-Replayed", "true");
        assertArrayEquals(declined.asByteArray(), replayed.asByteArray());
        // ... and the second one: the stored 201, no second charge.
        Response again = payments.pay(applicant, invoiceId, secondKey, PaymentApi.CARD_SUCCEEDS);
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertArrayEquals(paid.asByteArray(), again.asByteArray());
        // The first key with another request is a misuse, not a payment.
        payments.pay(applicant, invoiceId, firstKey, PaymentApi.CARD_SUCCEEDS).then().statusCode(422)
                .body("type", equalTo("https://mentorcred.org/problems/idempotency-key-reused"));

        // payment-service: paid once, both attempts on record, a receipt.
        payments.invoice(applicant, invoiceId).statusCode(200).body("status", equalTo("PAID"))
                .body("paidAt", notNullValue());
        List<Map<String, Object>> attempts = payments.payments(applicant, invoiceId).statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(attempts.stream().map(p -> p.get("id") + " " + p.get("status") + " " + p.get("declineCode"))
                .toList(), containsInAnyOrder(declinedPaymentId + " FAILED generic_decline",
                        paymentId + " SUCCEEDED null"));
        payments.receipt(applicant, invoiceId).statusCode(200).body("invoiceNumber", equalTo(number))
                .body("refunds", hasSize(0));

        // The events, each once.
        Mail receipt = world.mailbox().awaitOne(applicant.email(), "Payment received", ASYNC);
        assertThat(receipt.subject(), containsString(number));
        for (String type : List.of("ApplicationSubmitted", "EligibilityDecided", "InvoiceIssued", "PaymentFailed",
                "PaymentSucceeded")) {
            assertThat(type, world.trail().distinct(type, id), hasSize(1));
        }

        // notification-service: five emails, each sent once.
        world.groups().awaitCaughtUp("notification-service", ASYNC, "application-events", "eligibility-events",
                "payment-events");
        assertThat(world.apis().notification().log(id).stream().map(n -> n.get("template") + " " + n.get("status"))
                .toList(), containsInAnyOrder("application-submitted SENT", "eligibility-decided SENT",
                        "invoice-issued SENT", "payment-failed SENT", "payment-succeeded SENT"));
        assertThat(world.mailbox().to(applicant.email()).stream().map(Mail::subject).toList(), containsInAnyOrder(
                startsWith("We received your application for IPMA Level 2 Professional Mentor"),
                startsWith("You are eligible for IPMA Level 2 Professional Mentor"),
                startsWith("Invoice " + number), equalTo(failed.subject()), equalTo(receipt.subject())));

        // eligibility-service decided once, eligible. application-service: paid, and with no partner training on
        // record an IPMA PM applicant waits for the training before the exam.
        world.apis().eligibility().decision(applicant, id).statusCode(200).body("eligible", equalTo(true))
                .body("missing", hasSize(0));
        world.groups().awaitCaughtUp("application-service", ASYNC, "eligibility-events", "payment-events");
        world.apis().application().get(applicant, id).statusCode(200).body("status", equalTo("AWAITING_TRAINING"))
                .body("timeline.to", hasItems("AWAITING_PAYMENT", "PAID", "AWAITING_TRAINING"))
                .body("nextStep.code", equalTo("COMPLETE_TRAINING"))
                .body("submittedAt", notNullValue()).body("trainingProvider.status", equalTo("NOT_REQUIRED"));
    }
}
