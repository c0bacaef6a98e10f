package org.mentorcred.systemtests.journeys;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.mentorcred.systemtests.World.ASYNC;

import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.mentorcred.systemtests.api.Applicant;
import org.mentorcred.systemtests.api.ApplicationApi;
import org.mentorcred.systemtests.api.ExamApi;
import org.mentorcred.systemtests.support.Event;
import org.mentorcred.systemtests.support.Ids;

import io.restassured.path.json.JsonPath;

/**
 * Journey 7: an IPMA AM candidate, trained by a partner, pays, is authorised and books an exam, then withdraws:
 * payment-service refunds the fee in full, exam-service cancels the booking and revokes the authorisation, and
 * the applicant is told each, once.
 */
class WithdrawalAfterPaymentIT extends Journey {

    @Test
    void aWithdrawalAfterPaymentRefundsTheFeeAndCancelsTheBooking() {
        String domain = Ids.domain("j7");
        ApplicationApi applications = world.apis().application();
        ExamApi exams = world.apis().exam();
        Applicant applicant = applications.newApplicant(domain);
        // 32 hours of online AM training, reported by an accredited partner.
        steps.push(steps.partnerKey("ACCREDITED", domain, 51.5, -0.1), List.of(ApplicationApi.completion(applicant,
                Ids.fresh("rec"), "Accredited Mentor online course", "AM", 32, 0, "ONLINE")));

        String id = world.apis().drafts().eligible(applicant, "IPMA_AM");
        applications.submit(applicant, id).statusCode(200);
        JsonPath invoice = steps.pay(applicant, id, "130.00");
        String invoiceId = invoice.getString("id");

        // Paid and trained: authorised for the AM exam; books a session a month ahead.
        steps.awaitStatus(applicant, id, "EXAM_AUTHORIZED");
        world.mailbox().awaitOne(applicant.email(), "You can now book your", ASYNC);
        String session = exams.createSession(exams.createCentre(Ids.fresh("Centre j7")), "AM", 30 * 86_400);
        String bookingId = exams.book(applicant, session).statusCode(201).extract().path("id");
        steps.awaitStatus(applicant, id, "EXAM_BOOKED");
        world.mailbox().awaitOne(applicant.email(), "exam is booked", ASYNC);

        // Withdrawal.
        applications.withdraw(applicant, id, "Moving abroad").statusCode(200).body("status", equalTo("WITHDRAWN"));

        // payment-service refunds in full; exam-service cancels the booking and revokes the authorisation.
        Event refund = world.trail().awaitOne("RefundIssued", id, ASYNC);
        assertThat(refund.text("invoiceId"), equalTo(invoiceId));
        Event cancelled = world.trail().awaitOne("ExamBookingCancelled", id, ASYNC);
        assertThat(cancelled.text("reason"), equalTo("APPLICATION_WITHDRAWN"));
        Awaitility.await("refunded").atMost(ASYNC).until(() -> world.apis().payment().invoice(applicant, invoiceId)
                .statusCode(200).extract().path("status"), equalTo("REFUNDED"));
        exams.booking(applicant, bookingId).statusCode(200).body("status", equalTo("CANCELLED"));
        exams.authorizations(applicant, id).statusCode(200).body("items", hasSize(1))
                .body("items[0].status", equalTo("REVOKED")).body("items[0].activeBookingId", equalTo(null));
        world.apis().payment().receipt(applicant, invoiceId).statusCode(200).body("refunds", hasSize(1));

        // application-service: withdrawn, with the refund and the cancellation as notes.
        world.groups().awaitCaughtUp("application-service", ASYNC, "payment-events", "exam-events");
        applications.get(applicant, id).statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("timeline.to", hasItems("AWAITING_PAYMENT", "PAID", "EXAM_AUTHORIZED",
                        "EXAM_BOOKED", "WITHDRAWN"))
                .body("timeline.findAll { it.kind == 'NOTE' }.size()", greaterThanOrEqualTo(2));

        // Each event once, and nine emails, once each.
        steps.assertEventsOnce(id, "ApplicationSubmitted", "EligibilityDecided", "InvoiceIssued", "PaymentSucceeded",
                "ExamAuthorized", "ExamBooked", "ApplicationWithdrawn", "RefundIssued", "ExamBookingCancelled");
        world.mailbox().awaitOne(applicant.email(), "has been withdrawn", ASYNC);
        world.mailbox().awaitOne(applicant.email(), "Refund of", ASYNC);
        world.mailbox().awaitOne(applicant.email(), "is cancelled", ASYNC);
        world.groups().awaitCaughtUp("notification-service", ASYNC, "application-events", "payment-events",
                "exam-events");
        steps.assertEmailsSentOnce(id, applicant.email(), "application-submitted", "eligibility-decided",
                "invoice-issued", "payment-succeeded", "exam-authorized", "exam-booked", "application-withdrawn",
                "refund-issued", "exam-booking-cancelled");
    }
}
