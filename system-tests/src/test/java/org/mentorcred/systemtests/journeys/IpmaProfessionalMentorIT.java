package org.mentorcred.systemtests.journeys;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.mentorcred.systemtests.World.ASYNC;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mentorcred.systemtests.api.Applicant;
import org.mentorcred.systemtests.api.ApplicationApi;
import org.mentorcred.systemtests.api.ExamApi;
import org.mentorcred.systemtests.support.Event;
import org.mentorcred.systemtests.support.Ids;

import io.restassured.path.json.JsonPath;

/**
 * Journey 2: an IPMA Professional Mentor. A partner training centre (its API key created by an admin) pushes the
 * learner's PM course; the application is submitted, eligible, invoiced with the exam fee and paid; being trained,
 * the candidate is authorised for the PM exam, books it, sits it, passes (the proctor records the result), and a
 * reviewer approves: an IPMA PM credential.
 */
class IpmaProfessionalMentorIT extends Journey {

    @Test
    void aPartnerTrainedPmPaysSitsAndPassesTheExamAndIsApproved() {
        String domain = Ids.domain("j2");
        ApplicationApi applications = world.apis().application();
        ExamApi exams = world.apis().exam();
        Applicant applicant = applications.newApplicant(domain);

        // The partner reports the completed PM course before the application exists.
        String key = steps.partnerKey("ACCREDITED", domain, 51.5, -0.1);
        steps.push(key, List.of(ApplicationApi.completion(applicant, Ids.fresh("rec"), "Professional Mentor course",
                "PM", 24, 3, "BLENDED")));

        String id = world.apis().drafts().eligible(applicant, "IPMA_PM");
        applications.submit(applicant, id).statusCode(200).body("status", equalTo("SUBMITTED"));
        // The partner's record is part of the submitted evidence, verified.
        Event submitted = world.trail().awaitOne("ApplicationSubmitted", id, ASYNC);
        assertThat(submitted.data().path("evidence").path("trainings").get(0).path("source").asText(),
                equalTo("PARTNER"));

        // Invoiced at the member fee plus the exam fee; paid; trained, so authorised for the PM exam.
        JsonPath invoice = steps.pay(applicant, id, "170.00");
        assertThat(invoice.getList("lines.amount"), containsInAnyOrder("139.00", "31.00"));
        assertThat(steps.awaitStatus(applicant, id, "EXAM_AUTHORIZED").getString("nextStep.code"),
                equalTo("BOOK_EXAM"));
        Event authorized = world.trail().awaitOne("ExamAuthorized", id, ASYNC);
        assertThat(authorized.text("level"), equalTo("PM"));
        world.mailbox().awaitOne(applicant.email(), "You can now book your", ASYNC);
        exams.authorizations(applicant, id).statusCode(200).body("items", hasSize(1))
                .body("items[0].status", equalTo("ACTIVE")).body("items[0].attemptsAllowed", equalTo(3));

        // Booked, sat, passed (80 in every topic): under review.
        String bookingId = steps.sitExam(applicant, id, "PM", 80);
        Event result = world.trail().awaitOne("ExamResultRecorded", id, ASYNC);
        assertThat(result.data().path("passed").asBoolean(), equalTo(true));
        steps.awaitStatus(applicant, id, "UNDER_REVIEW");
        world.mailbox().awaitOne(applicant.email(), "exam result: passed", ASYNC);
        exams.results(applicant, id).statusCode(200).body("items", hasSize(1))
                .body("items[0].passed", equalTo(true)).body("items[0].bookingId", equalTo(bookingId));

        // A reviewer approves: the credential.
        applications.assign("reviewer-1", id).statusCode(200);
        applications.decide("reviewer-1", id, "APPROVED", null).statusCode(200);
        Event issued = world.trail().awaitOne("CredentialIssued", id, ASYNC);
        String number = issued.text("credentialNumber");
        assertThat(number, startsWith("MC-IPMA-PM-"));
        applications.get(applicant, id).statusCode(200).body("status", equalTo("APPROVED"))
                .body("timeline.to", hasItems("AWAITING_PAYMENT", "PAID", "EXAM_AUTHORIZED",
                        "EXAM_BOOKED", "EXAM_PASSED", "UNDER_REVIEW", "APPROVED"));
        applications.verification(number).statusCode(200).body("programme", equalTo("IPMA_PM"))
                .body("level", equalTo(2)).body("status", equalTo("ACTIVE"));

        // Final state elsewhere: paid; the authorisation passed.
        world.apis().payment().invoice(applicant, invoice.getString("id")).statusCode(200)
                .body("status", equalTo("PAID"));
        exams.authorizations(applicant, id).statusCode(200).body("items[0].passed", equalTo(true))
                .body("items[0].attemptsUsed", equalTo(1));

        steps.assertEventsOnce(id, "ApplicationSubmitted", "EligibilityDecided", "InvoiceIssued", "PaymentSucceeded",
                "ExamAuthorized", "ExamBooked", "ExamBookingMoved", "ExamResultRecorded", "ApplicationDecided",
                "CredentialIssued");
        world.mailbox().awaitOne(applicant.email(), "Your credential " + number, ASYNC);
        world.groups().awaitCaughtUp("notification-service", ASYNC, "application-events", "eligibility-events",
                "payment-events", "exam-events");
        steps.assertEmailsSentOnce(id, applicant.email(), "application-submitted", "eligibility-decided",
                "invoice-issued", "payment-succeeded", "exam-authorized", "exam-booked", "exam-booking-moved",
                "exam-result-recorded", "application-decided", "credential-issued");
    }
}
