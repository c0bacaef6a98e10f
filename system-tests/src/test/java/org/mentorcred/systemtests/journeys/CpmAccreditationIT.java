package org.mentorcred.systemtests.journeys;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.mentorcred.systemtests.World.ASYNC;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mentorcred.systemtests.api.Applicant;
import org.mentorcred.systemtests.api.ApplicationApi;
import org.mentorcred.systemtests.support.Event;
import org.mentorcred.systemtests.support.Ids;
import org.mentorcred.systemtests.support.Mail;
import org.mentorcred.systemtests.support.VcJwt;

import io.restassured.path.json.JsonPath;

/**
 * Journey 1: a Certified Professional Mentor. Submitted, eligible, invoiced, paid; under review with its target
 * date; a reviewer takes it; both referees confirm through the single-use links their emails carry; the reviewer
 * asks a question, which the applicant is emailed and answers; the reviewer approves; the credential verifies publicly and its Open Badge (VC-JWT) verifies against the issuer's JWKS.
 */
class CpmAccreditationIT extends Journey {

    @Test
    void aCpmIsReviewedWithItsReferencesConfirmedAndGetsAVerifiableCredential() {
        ApplicationApi applications = world.apis().application();
        Applicant applicant = applications.newApplicant(Ids.domain("j1"));
        String id = world.apis().drafts().eligible(applicant, "IMC_CPM");
        applications.submit(applicant, id).statusCode(200).body("status", equalTo("SUBMITTED"));

        // Eligible, invoiced at the member fee (no exam), paid: straight to review.
        world.trail().awaitOne("EligibilityDecided", id, ASYNC);
        JsonPath invoice = steps.pay(applicant, id, "250.00");
        steps.awaitStatus(applicant, id, "UNDER_REVIEW");
        applications.review(id).statusCode(200).body("status", equalTo("UNDER_REVIEW"))
                .body("targetDate", notNullValue()).body("targetWeeks", equalTo(4)).body("assignee", equalTo(null));
        applications.reviewQueue().statusCode(200).body("items.applicationId", hasItem(id));

        // A reviewer takes it; another reviewer cannot.
        applications.assign("reviewer-1", id).statusCode(200);
        applications.assign("reviewer-2", id).statusCode(409)
                .body("type", equalTo("https://mentorcred.org/problems/already-assigned"));

        // Each referee gets an email with a single-use link; the link shows the engagement and takes one answer.
        List<Event> requests = org.awaitility.Awaitility.await("two reference checks").atMost(ASYNC)
                .until(() -> world.trail().distinct("ReferenceCheckRequested", id), r -> r.size() == 2);
        for (Event request : requests) {
            String referee = request.data().path("referee").path("email").asText();
            String url = request.text("confirmationUrl");
            Mail mail = world.mailbox().awaitOne(referee, "named you as a reference", ASYNC);
            assertThat(mail.subject(), startsWith(applicant.name()));
            assertThat(mail.text(), containsString(url));
            String token = url.substring(url.lastIndexOf('/') + 1);
            applications.referenceCheck(token).statusCode(200).body("applicantName", equalTo(applicant.name()));
            applications.answerReferenceCheck(token, true, "Yes, about twenty hours.").statusCode(200)
                    .body("status", equalTo("CONFIRMED"));
            applications.answerReferenceCheck(token, false, "changed my mind").statusCode(410)
                    .body("type", equalTo("https://mentorcred.org/problems/reference-check-used"));
            assertThat(world.mailbox().to(referee), hasSize(1));
        }
        applications.referenceChecks(id).statusCode(200).body("status", containsInAnyOrder("CONFIRMED", "CONFIRMED"));

        // The reviewer asks for more; the applicant is emailed the question and answers on the application.
        String question = "Please give the dates of your second engagement.";
        String requestId = applications.askForInformation("reviewer-1", id, question).statusCode(201)
                .extract().path("id");
        Mail asked = world.mailbox().awaitOne(applicant.email(), "Your reviewer has a question", ASYNC);
        assertThat(asked.text(), containsString(question));
        applications.answerInformationRequest(applicant, id, requestId, "From March to September 2025.")
                .statusCode(200).body("open", equalTo(false));

        // Approved by the reviewer who took it: ApplicationDecided and the credential, once each.
        applications.decide("reviewer-1", id, "APPROVED", null).statusCode(200);
        Event decided = world.trail().awaitOne("ApplicationDecided", id, ASYNC);
        assertThat(decided.text("decision"), equalTo("APPROVED"));
        Event issued = world.trail().awaitOne("CredentialIssued", id, ASYNC);
        String number = issued.text("credentialNumber");
        assertThat(number, startsWith("MC-CPM-"));
        applications.get(applicant, id).statusCode(200).body("status", equalTo("APPROVED"))
                .body("timeline.to", hasItems("AWAITING_PAYMENT", "PAID", "UNDER_REVIEW", "APPROVED"));
        applications.review(id).statusCode(200).body("decidedBy", equalTo("reviewer-1"));

        // The credential: mine, publicly verifiable, and its badge verifies against the JWKS.
        applications.myCredentials(applicant).statusCode(200).body("items.number", equalTo(List.of(number)))
                .body("items[0].status", equalTo("ACTIVE"));
        applications.verification(number).statusCode(200).body("holderName", equalTo(applicant.name()))
                .body("programme", equalTo("IMC_CPM")).body("status", equalTo("ACTIVE"))
                .body("expiresAt", notNullValue()).body("permanent", equalTo(false));
        VcJwt badge = VcJwt.verified(applications.badge(number), applications.jwks());
        assertThat(badge.header().path("typ").asText(), equalTo("vc+jwt"));
        assertThat(badge.payload().toString(), containsString("OpenBadgeCredential"));
        assertThat(badge.payload().toString(), containsString(applicant.name()));
        assertThat(badge.payload().path("exp").asLong() > badge.payload().path("nbf").asLong(), equalTo(true));

        // payment-service: paid; eligibility-service: eligible.
        world.apis().payment().invoice(applicant, invoice.getString("id")).statusCode(200)
                .body("status", equalTo("PAID"));
        world.apis().eligibility().decision(applicant, id).statusCode(200).body("eligible", equalTo(true));

        // Each event once; the applicant's seven emails, once each.
        steps.assertEventsOnce(id, "ApplicationSubmitted", "EligibilityDecided", "InvoiceIssued", "PaymentSucceeded",
                "InformationRequested", "ApplicationDecided", "CredentialIssued");
        world.mailbox().awaitOne(applicant.email(), "is approved", ASYNC);
        Mail credential = world.mailbox().awaitOne(applicant.email(), "Your credential " + number, ASYNC);
        assertThat(credential.text(), containsString(number));
        world.groups().awaitCaughtUp("notification-service", ASYNC, "application-events", "eligibility-events",
                "payment-events");
        steps.assertEmailsSentOnce(id, applicant.email(), "application-submitted", "eligibility-decided",
                "invoice-issued", "payment-succeeded", "information-requested", "application-decided",
                "credential-issued");
    }
}
