package org.mentorcred.systemtests.journeys;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;
import static org.mentorcred.systemtests.World.ASYNC;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mentorcred.systemtests.api.Applicant;
import org.mentorcred.systemtests.api.ApplicationApi;
import org.mentorcred.systemtests.support.Event;
import org.mentorcred.systemtests.support.Ids;
import org.mentorcred.systemtests.support.Mail;

/**
 * Journey 4: the IPMA Senior Mentor fast track. On submission the nearest active QTSP is assigned and both sides are
 * emailed; after payment the applicant waits for training; another QTSP's records do not count, the assigned
 * QTSP's 5 in-person days and 40 online hours do: exam authorised (SM), passed, approved: a Senior Mentor credential.
 */
class FastTrackSeniorMentorIT extends Journey {

    @Test
    void theNearestQtspTrainsTheFastTrackApplicantWhoBecomesASeniorMentor() {
        String domain = Ids.domain("j4");
        ApplicationApi applications = world.apis().application();
        // In Dunedin, far from every other test's providers; one QTSP in town, one in Christchurch (~300 km).
        Applicant applicant = applications.newApplicant(domain, p -> {
            p.put("country", "NZ");
            p.put("city", "Dunedin");
            p.put("latitude", -45.8788);
            p.put("longitude", 170.5028);
        });
        Steps.Partner near = steps.partner("QTSP", domain, -45.8740, 170.5036);
        Steps.Partner far = steps.partner("QTSP", domain, -43.5321, 172.6362);

        String id = world.apis().drafts().eligible(applicant, "IPMA_SM_FAST_TRACK");
        applications.submit(applicant, id).statusCode(200);
        Event assigned = world.trail().awaitOne("TrainingProviderAssigned", id, ASYNC);
        assertThat(assigned.data().path("provider").path("providerId").asText(), equalTo(near.id()));
        assertThat(assigned.data().path("distanceKm").asDouble(), lessThan(5.0));
        applications.get(applicant, id).statusCode(200).body("trainingProvider.status", equalTo("ASSIGNED"))
                .body("trainingProvider.providerId", equalTo(near.id()));
        world.mailbox().awaitOne(applicant.email(), "Your training provider for", ASYNC);
        Mail toQtsp = world.mailbox().awaitOne(near.email(), "New candidate assigned to you", ASYNC);
        assertThat(toQtsp.subject(), startsWith("New candidate assigned to you: " + applicant.name()));

        // Invoiced as IPMA SM (member fee plus exam fee), paid: waiting for the QTSP's training.
        steps.pay(applicant, id, "430.00");
        steps.awaitStatus(applicant, id, "AWAITING_TRAINING");

        // The other QTSP's records do not count; the assigned QTSP's 5 days and 40 hours do.
        steps.push(far.key(), List.of(
                ApplicationApi.completion(applicant, Ids.fresh("rec"), "Fast track days", null, 40, 5, "IN_PERSON"),
                ApplicationApi.completion(applicant, Ids.fresh("rec"), "Fast track online", null, 40, 0, "ONLINE")));
        applications.get(applicant, id).statusCode(200).body("status", equalTo("AWAITING_TRAINING"));
        steps.push(near.key(), List.of(
                ApplicationApi.completion(applicant, Ids.fresh("rec"), "Fast track days", null, 35, 5, "IN_PERSON"),
                ApplicationApi.completion(applicant, Ids.fresh("rec"), "Fast track online", null, 40, 0, "ONLINE")));
        steps.awaitStatus(applicant, id, "EXAM_AUTHORIZED");
        assertThat(world.trail().awaitOne("ExamAuthorized", id, ASYNC).text("level"), equalTo("SM"));

        // The SM exam, passed; approved: an IPMA Senior Mentor credential.
        steps.sitExam(applicant, id, "SM", 90);
        steps.awaitStatus(applicant, id, "UNDER_REVIEW");
        applications.assign("reviewer-1", id).statusCode(200);
        applications.decide("reviewer-1", id, "APPROVED", null).statusCode(200);
        Event issued = world.trail().awaitOne("CredentialIssued", id, ASYNC);
        assertThat(issued.text("awardedProgramme"), equalTo("IPMA_SM"));
        String number = issued.text("credentialNumber");
        assertThat(number, startsWith("MC-IPMA-SM-"));
        applications.verification(number).statusCode(200).body("programme", equalTo("IPMA_SM"))
                .body("level", equalTo(3)).body("status", equalTo("ACTIVE"))
                .body("holderName", equalTo(applicant.name()));
        applications.get(applicant, id).statusCode(200).body("status", equalTo("APPROVED"))
                .body("timeline.to", hasItems("PAID", "AWAITING_TRAINING", "EXAM_AUTHORIZED", "EXAM_BOOKED",
                        "EXAM_PASSED", "UNDER_REVIEW", "APPROVED"));
        world.apis().exam().authorizations(applicant, id).statusCode(200).body("items[0].passed", equalTo(true))
                .body("items[0].level", equalTo("SM"));

        steps.assertEventsOnce(id, "ApplicationSubmitted", "TrainingProviderAssigned", "EligibilityDecided",
                "InvoiceIssued", "PaymentSucceeded", "ExamAuthorized", "ExamBooked", "ExamResultRecorded",
                "ApplicationDecided", "CredentialIssued");
        world.mailbox().awaitOne(applicant.email(), "Your credential " + number, ASYNC);
        world.groups().awaitCaughtUp("notification-service", ASYNC, "application-events", "eligibility-events",
                "payment-events", "exam-events");
        steps.assertEmailsSentOnce(id, applicant.email(), "application-submitted", "training-provider-assigned",
                "eligibility-decided", "invoice-issued", "payment-succeeded", "exam-authorized", "exam-booked",
                "exam-booking-moved", "exam-result-recorded", "application-decided", "credential-issued");
        steps.assertEmailsSentOnce(id, near.email(), "training-candidate-assigned");
        assertThat(world.mailbox().to(far.email()).size(), equalTo(0));
    }
}
