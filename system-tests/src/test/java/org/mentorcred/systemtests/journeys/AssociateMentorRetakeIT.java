package org.mentorcred.systemtests.journeys;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.mentorcred.systemtests.World.ASYNC;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.mentorcred.systemtests.api.Applicant;
import org.mentorcred.systemtests.api.ApplicationApi;
import org.mentorcred.systemtests.api.ExamApi;
import org.mentorcred.systemtests.support.Event;
import org.mentorcred.systemtests.support.Ids;

/**
 * Journey 3: an IPMA Associate Mentor fails the exam, is authorised again once the waiting period is over (the
 * suite runs exam-service with a waiting period of 0 days, see {@code SystemTestSettings}), rebooks, passes and
 * is approved. The same authorisation carries both attempts.
 */
class AssociateMentorRetakeIT extends Journey {

    @Test
    void anAmCandidateFailsRetakesAfterTheWaitingPeriodPassesAndIsApproved() {
        String domain = Ids.domain("j3");
        ApplicationApi applications = world.apis().application();
        ExamApi exams = world.apis().exam();
        Applicant applicant = applications.newApplicant(domain);
        steps.push(steps.partnerKey("ACCREDITED", domain, 51.5, -0.1), List.of(
                ApplicationApi.completion(applicant, Ids.fresh("rec"), "AM online part 1", "AM", 20, 0, "ONLINE"),
                ApplicationApi.completion(applicant, Ids.fresh("rec"), "AM online part 2", "AM", 12, 0, "BLENDED")));

        String id = world.apis().drafts().eligible(applicant, "IPMA_AM");
        applications.submit(applicant, id).statusCode(200);
        steps.pay(applicant, id, "130.00");
        steps.awaitStatus(applicant, id, "EXAM_AUTHORIZED");
        String authorization = world.trail().awaitOne("ExamAuthorized", id, ASYNC).text("authorizationId");

        // First attempt: 50 in every topic, failed; two attempts left, the retake allowed from the exam day.
        String first = steps.sitExam(applicant, id, "AM", 50);
        Event failed = world.trail().awaitOne("ExamResultRecorded", id, ASYNC);
        assertThat(failed.data().path("passed").asBoolean(), equalTo(false));
        assertThat(failed.data().path("attemptsRemaining").asInt(), equalTo(2));
        assertThat(failed.text("retakeAllowedFrom"), equalTo(LocalDate.now(ZoneOffset.UTC).toString()));
        world.mailbox().awaitOne(applicant.email(), "not passed", ASYNC);

        // The waiting period is over: authorised again, the same authorisation with one attempt used.
        List<Event> authorizations = Awaitility.await("the retake's authorisation").atMost(ASYNC)
                .until(() -> world.trail().distinct("ExamAuthorized", id), a -> a.size() == 2);
        assertThat(authorizations.get(1).text("authorizationId"), equalTo(authorization));
        assertThat(authorizations.get(1).data().path("attemptsUsed").asInt(), equalTo(1));
        steps.awaitStatus(applicant, id, "EXAM_AUTHORIZED");
        exams.authorizations(applicant, id).statusCode(200).body("items", hasSize(1))
                .body("items[0].attemptsUsed", equalTo(1)).body("items[0].attemptsRemaining", equalTo(2))
                .body("items[0].passed", equalTo(false));

        // Second attempt: 85, passed; under review; approved.
        String second = steps.sitExam(applicant, id, "AM", 85);
        exams.booking(applicant, second).statusCode(200).body("attemptNumber", equalTo(2));
        exams.booking(applicant, first).statusCode(200).body("attemptNumber", equalTo(1));
        steps.awaitStatus(applicant, id, "UNDER_REVIEW");
        world.mailbox().awaitOne(applicant.email(), "exam result: passed", ASYNC);
        applications.assign("reviewer-1", id).statusCode(200);
        applications.decide("reviewer-1", id, "APPROVED", null).statusCode(200);
        String number = world.trail().awaitOne("CredentialIssued", id, ASYNC).text("credentialNumber");
        assertThat(number, startsWith("MC-IPMA-AM-"));
        applications.get(applicant, id).statusCode(200).body("status", equalTo("APPROVED"))
                .body("timeline.to", hasItems("EXAM_BOOKED", "EXAM_FAILED", "EXAM_AUTHORIZED", "EXAM_PASSED",
                        "UNDER_REVIEW", "APPROVED"));
        exams.results(applicant, id).statusCode(200).body("items", hasSize(2));
        exams.authorizations(applicant, id).statusCode(200).body("items[0].passed", equalTo(true))
                .body("items[0].attemptsUsed", equalTo(2));
        applications.verification(number).statusCode(200).body("programme", equalTo("IPMA_AM"))
                .body("status", equalTo("ACTIVE"));

        // Emails: two bookings, two moves, two results, two authorisations, each event once.
        world.mailbox().awaitOne(applicant.email(), "Your credential " + number, ASYNC);
        assertThat(world.trail().distinct("ExamResultRecorded", id), hasSize(2));
        assertThat(world.trail().distinct("ExamBooked", id), hasSize(2));
        steps.assertEventsOnce(id, "ApplicationSubmitted", "EligibilityDecided", "InvoiceIssued", "PaymentSucceeded",
                "ApplicationDecided", "CredentialIssued");
        world.groups().awaitCaughtUp("notification-service", ASYNC, "application-events", "eligibility-events",
                "payment-events", "exam-events");
        steps.assertEmailsSentOnce(id, applicant.email(), "application-submitted", "eligibility-decided",
                "invoice-issued", "payment-succeeded", "exam-authorized", "exam-booked", "exam-booking-moved",
                "exam-result-recorded", "exam-authorized", "exam-booked", "exam-booking-moved",
                "exam-result-recorded", "application-decided", "credential-issued");
    }
}
