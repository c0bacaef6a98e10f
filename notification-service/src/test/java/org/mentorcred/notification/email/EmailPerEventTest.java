package org.mentorcred.notification.email;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mentorcred.notification.support.EmailAssertions.assertBothParts;
import static org.mentorcred.notification.support.EmailAssertions.assertContains;
import static org.mentorcred.notification.support.EmailAssertions.assertLacks;
import static org.mentorcred.notification.support.EmailAssertions.assertWellFormed;
import static org.mentorcred.notification.support.Events.APPLICATION;
import static org.mentorcred.notification.support.Events.ELIGIBILITY;
import static org.mentorcred.notification.support.Events.EXAM;
import static org.mentorcred.notification.support.Events.PAYMENT;
import static org.mentorcred.notification.support.Events.example;
import static org.mentorcred.notification.support.Events.freshEmail;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorcred.infra.test.TestTokens;
import org.mentorcred.notification.support.Events;
import org.mentorcred.notification.support.ReceivedEmail;
import org.mentorcred.notification.support.SmtpServer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Each producer's example of each event, sent through the broker, gives the email it should: to whom, with which
 * subject, and what both parts say.
 */
@QuarkusTest
class EmailPerEventTest {

    SmtpServer smtp;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "mentorcred.notification.portal-url")
    String portalUrl;

    Events events;

    /** An applicant known to the service (ApplicationSubmitted sent, receipt received). */
    record Applicant(UUID applicationId, String email, ReceivedEmail receipt) {
    }

    @BeforeEach
    void open() {
        events = new Events(bootstrap);
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void applicationSubmittedSendsAReceipt() {
        UUID applicationId = UUID.randomUUID();
        String email = freshEmail("amara");
        events.submitted(applicationId, "Amara Okafor", email, "en");

        ReceivedEmail receipt = smtp.awaitOneTo(email);
        assertWellFormed(receipt, email);
        assertEquals("We received your application for Certified Professional Mentor (IMC)", receipt.subject());
        assertBothParts(receipt, "Dear Amara Okafor,", applicationId.toString(), "20 November 2026",
                "eligibility requirements");
    }

    @Test
    void eligibleApplicantIsToldWhatHappensNext() {
        Applicant a = applicant();
        events.send(ELIGIBILITY, "EligibilityDecided", example(ELIGIBILITY, "EligibilityDecided", a.applicationId()));

        ReceivedEmail email = next(a);
        assertWellFormed(email, a.email());
        assertEquals("You are eligible for Certified Professional Mentor (IMC)", email.subject());
        assertBothParts(email, "meets the eligibility requirements", "invoice for the fee");
    }

    @Test
    void ineligibleApplicantGetsEachUnmetRequirementInWords() {
        Applicant a = applicant();
        ObjectNode decision = example(ELIGIBILITY, "EligibilityDecided", a.applicationId());
        decision.put("eligible", false);
        ArrayNode requirements = (ArrayNode) decision.get("requirements");
        ObjectNode training = (ObjectNode) requirements.get(0);
        training.put("met", false).put("actual", "20")
                .put("explanation", "You have 20 of the 35 hours; add 15 more hours of training.");
        ObjectNode references = (ObjectNode) requirements.get(2);
        references.put("met", false).put("actual", "1");
        events.send(ELIGIBILITY, "EligibilityDecided", decision);

        ReceivedEmail email = next(a);
        assertEquals("Your application for Certified Professional Mentor (IMC) does not meet the requirements yet",
                email.subject());
        assertBothParts(email,
                "At least 35 hours of mentoring training from an accredited, endorsed or non-accredited centre",
                "You have 20 of the 35 hours; add 15 more hours of training.",
                "References for at least 2 of those engagements",
                "Required: 2; your application shows: 1.");
        // Met requirements are not listed as problems.
        assertLacks("text part", email.text(), "At least 3 mentoring engagements", "supervisor's name");
    }

    @Test
    void invoiceSaysAmountDueDateAndHowToPay() {
        Applicant a = applicant();
        ObjectNode invoice = invoice(a.applicationId(), UUID.randomUUID());
        events.send(PAYMENT, "InvoiceIssued", invoice);

        ReceivedEmail email = next(a);
        assertWellFormed(email, a.email());
        assertEquals("Invoice INV-2026-000123: USD 170.00 due by 20 December 2026", email.subject());
        String paymentUrl = invoice.get("paymentUrl").asText();
        assertBothParts(email, "Level 2 Professional Mentor accreditation, member price", "USD 139.00",
                "Level 2 Professional Mentor exam", "USD 31.00", "USD 170.00", "20 December 2026", paymentUrl);
        assertContains("HTML part", email.html(), "href=\"" + paymentUrl + "\"");
    }

    @Test
    void paymentReceiptNamesInvoiceAmountAndReceipt() {
        Applicant a = applicant();
        events.send(PAYMENT, "PaymentSucceeded", example(PAYMENT, "PaymentSucceeded", a.applicationId()));

        ReceivedEmail email = next(a);
        assertEquals("Payment received: USD 170.00 for invoice INV-2026-000123", email.subject());
        assertBothParts(email, "21 November 2026 at 09:30 UTC",
                "http://127.0.0.1:8083/api/v1/invoices/1b2c3d4e-5f6a-4b7c-9d8e-9f0a1b2c3d4e/receipt");
    }

    @Test
    void failedPaymentGivesTheReasonAndTheInvoicePaymentLink() {
        Applicant a = applicant();
        UUID invoiceId = UUID.randomUUID();
        ObjectNode invoice = invoice(a.applicationId(), invoiceId);
        events.send(PAYMENT, "InvoiceIssued", invoice);
        ObjectNode failed = example(PAYMENT, "PaymentFailed", a.applicationId());
        failed.put("invoiceId", invoiceId.toString());
        events.send(PAYMENT, "PaymentFailed", failed);

        ReceivedEmail email = withSubject(a, "Your payment for invoice INV-2026-000123 did not go through", 3);
        assertBothParts(email, "USD 170.00", "Your card was declined: insufficient funds", "pay again",
                invoice.get("paymentUrl").asText());
    }

    @Test
    void failedPaymentOfAnUnknownInvoicePointsToThePortal() {
        Applicant a = applicant();
        ObjectNode failed = example(PAYMENT, "PaymentFailed", a.applicationId());
        failed.put("invoiceId", UUID.randomUUID().toString());
        events.send(PAYMENT, "PaymentFailed", failed);

        ReceivedEmail email = next(a);
        assertBothParts(email, "Your card was declined: insufficient funds", "http://localhost:3000",
                "open invoice INV-2026-000123");
        assertContains("text part", email.text(), "Sign in at http://localhost:3000");
    }

    @Test
    void refundSaysHowMuchAndWhy() {
        Applicant a = applicant();
        events.send(PAYMENT, "RefundIssued", example(PAYMENT, "RefundIssued", a.applicationId()));

        ReceivedEmail email = next(a);
        assertEquals("Refund of USD 170.00 for invoice INV-2026-000123", email.subject());
        assertBothParts(email, "23 November 2026", "the whole amount you paid", "Application withdrawn");
    }

    @Test
    void trainingProviderAssignmentIsToldToTheApplicantAndToTheProvider() {
        UUID applicationId = UUID.randomUUID();
        String applicantEmail = freshEmail("amara");
        String providerEmail = freshEmail("programmes");
        ObjectNode assigned = example(APPLICATION, "TrainingProviderAssigned", applicationId);
        ((ObjectNode) assigned.get("applicant")).put("email", applicantEmail);
        ((ObjectNode) assigned.get("provider")).put("email", providerEmail);
        events.send(APPLICATION, "TrainingProviderAssigned", assigned);

        ReceivedEmail toApplicant = smtp.awaitOneTo(applicantEmail);
        assertWellFormed(toApplicant, applicantEmail);
        assertEquals("Your training provider for IPMA Senior Mentor (Elite Fast Track): Thames Mentoring QTSP",
                toApplicant.subject());
        assertBothParts(toApplicant, "Dear Amara Okafor,", "Olivia Grant", providerEmail, "+44 20 7946 0000",
                "Reading, United Kingdom", "about 58.4 km");

        ReceivedEmail toProvider = smtp.awaitOneTo(providerEmail);
        assertWellFormed(toProvider, providerEmail);
        assertEquals("New candidate assigned to you: Amara Okafor (IPMA Senior Mentor (Elite Fast Track))",
                toProvider.subject());
        assertBothParts(toProvider, "Dear Olivia Grant,", applicantEmail, "London, United Kingdom",
                applicationId.toString());
    }

    @Test
    void refereeGetsTheConfirmationLink() {
        UUID applicationId = UUID.randomUUID();
        String refereeEmail = freshEmail("jonas");
        ObjectNode request = example(APPLICATION, "ReferenceCheckRequested", applicationId);
        ((ObjectNode) request.get("referee")).put("email", refereeEmail);
        events.send(APPLICATION, "ReferenceCheckRequested", request);

        ReceivedEmail email = smtp.awaitOneTo(refereeEmail);
        assertWellFormed(email, refereeEmail);
        assertEquals("Amara Okafor named you as a reference: please confirm", email.subject());
        String link = request.get("confirmationUrl").asText();
        assertBothParts(email, "Dear Jonas Berg,", "as the mentee", "9 January 2023 to 15 December 2023", link,
                "20 December 2026 at 10:00 UTC");
        assertContains("HTML part", email.html(), "href=\"" + link + "\"");
    }

    @Test
    void examAuthorisationSaysHowToBook() {
        UUID applicationId = UUID.randomUUID();
        String email = freshEmail("candidate");
        ObjectNode authorized = example(APPLICATION, "ExamAuthorized", applicationId);
        ((ObjectNode) authorized.get("candidate")).put("email", email);
        events.send(APPLICATION, "ExamAuthorized", authorized);

        ReceivedEmail received = smtp.awaitOneTo(email);
        assertWellFormed(received, email);
        assertEquals("You can now book your Level 2 Professional Mentor exam", received.subject());
        assertBothParts(received, "Sign in at", "http://localhost:3000", "quarterly exam calendar",
                "3 of 3");
    }

    @Test
    void examBookingGivesDateCentreAndAddress() {
        Applicant a = applicant();
        events.send(EXAM, "ExamBooked", example(EXAM, "ExamBooked", a.applicationId()));

        ReceivedEmail email = next(a);
        assertWellFormed(email, a.email());
        assertEquals("Your Level 2 Professional Mentor exam is booked: 15 March 2027 at 09:00 UTC", email.subject());
        assertBothParts(email, "MentorCred Testing Centre London", "1 Example Street, EC1A 1BB",
                "London, United Kingdom");
    }

    @Test
    void cancelledBookingSaysWhyAndHowToRebook() {
        Applicant a = applicant();
        events.send(EXAM, "ExamBookingCancelled", example(EXAM, "ExamBookingCancelled", a.applicationId()));

        ReceivedEmail email = next(a);
        assertEquals("Your Level 2 Professional Mentor exam on 15 March 2027 is cancelled", email.subject());
        assertBothParts(email, "15 March 2027 at 09:00 UTC", "MentorCred Testing Centre London",
                "You cancelled this booking.", "To book another session");
    }

    @Test
    void rescheduleSendsOnlyTheNewBookingNotTheCancellation() {
        Applicant a = applicant();
        ObjectNode cancelled = example(EXAM, "ExamBookingCancelled", a.applicationId());
        cancelled.put("reason", "RESCHEDULED");
        events.send(EXAM, "ExamBookingCancelled", cancelled);
        ObjectNode rebooked = example(EXAM, "ExamBooked", a.applicationId());
        rebooked.put("rescheduledFromSessionId", UUID.randomUUID().toString());
        events.send(EXAM, "ExamBooked", rebooked);

        // Same topic and key: the cancellation was consumed before the booking whose email arrives.
        ReceivedEmail email = next(a);
        assertEquals("Your Level 2 Professional Mentor exam has been rescheduled: 15 March 2027 at 09:00 UTC",
                email.subject());
        given().header("Authorization", TestTokens.bearer("admin", "admin-1"))
                .queryParam("applicationId", a.applicationId().toString())
                .queryParam("template", "exam-booking-cancelled")
                .when().get("/api/v1/notifications")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void movedBookingShowsTheNewAndTheOldSession() {
        Applicant a = applicant();
        events.send(EXAM, "ExamBookingMoved", example(EXAM, "ExamBookingMoved", a.applicationId()));

        ReceivedEmail email = next(a);
        assertEquals("Your Level 2 Professional Mentor exam has moved to 22 March 2027 at 09:00 UTC", email.subject());
        assertBothParts(email, "22 March 2027 at 09:00 UTC", "15 March 2027 at 09:00 UTC",
                "MentorCred Testing Centre London", "Your booking stands");
        // Until when the candidate may choose another session or cancel: the window the move gave.
        assertContains("text part", email.text(), "or to cancel, free of charge, until 15 March 2027 at 09:00 UTC");
        assertContains("html part", email.html(), "free of charge, until <strong>15 March 2027 at 09:00 UTC</strong>");
    }

    @Test
    void aNoShowIsToldItCountsAsAnAttemptWithTheRetakeRules() {
        Applicant a = applicant();
        ObjectNode result = example(EXAM, "ExamResultRecorded", a.applicationId());
        result.put("weightedScore", 0).put("passed", false).put("attemptsRemaining", 2).put("noShow", true)
                .put("retakeAllowedFrom", "2027-06-01");
        for (com.fasterxml.jackson.databind.JsonNode score : result.get("scores")) {
            ((ObjectNode) score).put("score", 0).put("weightedPoints", 0);
        }
        events.send(EXAM, "ExamResultRecorded", result);

        ReceivedEmail email = next(a);
        assertEquals("Your Level 2 Professional Mentor exam: you did not attend", email.subject());
        assertBothParts(email, "You did not attend the Level 2 Professional Mentor exam", "counts as an attempt",
                "attempt 1 of 3", "1 June 2027");
    }

    @Test
    void passedExamResultShowsScoreAndBreakdown() {
        Applicant a = applicant();
        events.send(EXAM, "ExamResultRecorded", example(EXAM, "ExamResultRecorded", a.applicationId()));

        ReceivedEmail email = next(a);
        assertEquals("Your Level 2 Professional Mentor exam result: passed (72.5%)", email.subject());
        assertBothParts(email, "72.5%", "pass mark 70%", "Coaching skills", "Mentoring skills",
                "Tools, methodologies & technologies", "Code of ethics & conduct", "24.5");
        assertContains("text part", email.text(), "Coaching skills: 80%, weight 30%, 24 points");
    }

    @Test
    void failedExamResultGivesTheRetakeRules() {
        Applicant a = applicant();
        ObjectNode result = example(EXAM, "ExamResultRecorded", a.applicationId());
        result.put("weightedScore", 64.5).put("passed", false).put("attemptsRemaining", 2)
                .put("retakeAllowedFrom", "2027-06-01");
        events.send(EXAM, "ExamResultRecorded", result);

        ReceivedEmail email = next(a);
        assertEquals("Your Level 2 Professional Mentor exam result: 64.5%, not passed", email.subject());
        assertBothParts(email, "the pass mark is 70%", "attempt 1 of 3", "attempt(s) left",
                "1 June 2027");
        assertContains("text part", email.text(), "you have 2 attempt(s) left");
    }

    @Test
    void lastFailedAttemptSaysNoAttemptsAreLeft() {
        Applicant a = applicant();
        ObjectNode result = example(EXAM, "ExamResultRecorded", a.applicationId());
        result.put("weightedScore", 50).put("passed", false).put("attemptNumber", 3).put("attemptsRemaining", 0);
        events.send(EXAM, "ExamResultRecorded", result);

        ReceivedEmail email = next(a);
        assertBothParts(email, "This was your last attempt (3 of 3)", "no attempts are left");
    }

    @Test
    void approvalSaysTheCredentialFollows() {
        UUID applicationId = UUID.randomUUID();
        String email = freshEmail("amara");
        ObjectNode decided = applicantEvent("ApplicationDecided", applicationId, email);
        events.send(APPLICATION, "ApplicationDecided", decided);

        ReceivedEmail received = smtp.awaitOneTo(email);
        assertWellFormed(received, email);
        assertEquals("Your application for Certified Professional Mentor (IMC) is approved", received.subject());
        assertBothParts(received, "approved", "separate email");
    }

    @Test
    void rejectionListsTheReasons() {
        UUID applicationId = UUID.randomUUID();
        String email = freshEmail("amara");
        ObjectNode decided = applicantEvent("ApplicationDecided", applicationId, email);
        decided.put("decision", "REJECTED");
        decided.putArray("reasons").add("The reference from Maria Lopez could not be verified")
                .add("The supervision declaration has no postal address");
        events.send(APPLICATION, "ApplicationDecided", decided);

        ReceivedEmail received = smtp.awaitOneTo(email);
        assertEquals("Decision on your application for Certified Professional Mentor (IMC)", received.subject());
        assertBothParts(received, "could not approve", "The reference from Maria Lopez could not be verified",
                "The supervision declaration has no postal address");
    }

    @Test
    void aReviewersQuestionReachesTheApplicantEscaped() {
        UUID applicationId = UUID.randomUUID();
        String email = freshEmail("amara");
        ObjectNode asked = applicantEvent("InformationRequested", applicationId, email);
        asked.put("question", "Which dates did the <b>third</b> engagement run? <script>alert(1)</script>");
        events.send(APPLICATION, "InformationRequested", asked);

        ReceivedEmail received = smtp.awaitOneTo(email);
        assertWellFormed(received, email);
        assertEquals("Your reviewer has a question about your application for Certified Professional Mentor (IMC)",
                received.subject());
        assertBothParts(received, applicationId.toString(), "5 January 2027",
                "Which dates did the <b>third</b> engagement run? <script>alert(1)</script>", "answer on your application",
                portalUrl);
        assertLacks("HTML part", received.html(), "<script>", "<b>third</b>");
    }

    @Test
    void issuedCredentialGivesNumberValidityAndVerificationLink() {
        String email = holderEmail();
        ObjectNode issued = credentialEvent("CredentialIssued", email);
        events.send(APPLICATION, "CredentialIssued", issued);

        ReceivedEmail received = smtp.awaitOneTo(email);
        assertWellFormed(received, email);
        assertEquals("Your credential MC-CPM-2027-000042: Certified Professional Mentor (IMC)", received.subject());
        String link = issued.get("verificationUrl").asText();
        assertBothParts(received, "MC-CPM-2027-000042", "10 January 2027", "10 January 2029", link);
        assertContains("HTML part", received.html(), "href=\"" + link + "\"");
    }

    @Test
    void expiringCredentialIsRemindedAt90And30Days() {
        String email = holderEmail();
        ObjectNode at90 = credentialEvent("CredentialExpiring", email);
        events.send(APPLICATION, "CredentialExpiring", at90);
        ObjectNode at30 = credentialEvent("CredentialExpiring", email);
        at30.put("applicationId", at90.get("applicationId").asText()).put("daysLeft", 30);
        events.send(APPLICATION, "CredentialExpiring", at30);

        List<ReceivedEmail> reminders = smtp.awaitMessagesTo(email, 2);
        assertEquals(List.of("Your credential MC-CPM-2027-000042 expires in 30 days",
                "Your credential MC-CPM-2027-000042 expires in 90 days"),
                reminders.stream().map(ReceivedEmail::subject).sorted().toList());
        for (ReceivedEmail reminder : reminders) {
            assertBothParts(reminder, "10 January 2029", at90.get("renewalUrl").asText());
        }
    }

    @Test
    void renewedCredentialGivesTheNewExpiry() {
        String email = holderEmail();
        events.send(APPLICATION, "CredentialRenewed", credentialEvent("CredentialRenewed", email));

        ReceivedEmail received = smtp.awaitOneTo(email);
        assertEquals("Your credential MC-CPM-2027-000042 has been renewed", received.subject());
        assertBothParts(received, "valid until", "10 January 2031", "due to expire on 10 January 2029");
    }

    @Test
    void rejectedRenewalGivesTheReasonAndTheExpiryThatStands() {
        String email = holderEmail();
        events.send(APPLICATION, "RenewalRejected", credentialEvent("RenewalRejected", email));

        ReceivedEmail received = smtp.awaitOneTo(email);
        assertWellFormed(received, email);
        assertEquals("Your renewal of credential MC-CPM-2027-000042 was not approved", received.subject());
        assertBothParts(received, "1 December 2028", "The PDU certificates could not be verified",
                "remains valid until", "10 January 2029", portalUrl);
    }

    @Test
    void suspensionGivesTheReason() {
        String email = holderEmail();
        events.send(APPLICATION, "CredentialSuspended", credentialEvent("CredentialSuspended", email));

        ReceivedEmail received = smtp.awaitOneTo(email);
        assertEquals("Your credential MC-CPM-2027-000042 has been suspended", received.subject());
        assertBothParts(received, "1 June 2027", "Complaint under investigation");
    }

    @Test
    void reinstatementSaysTheCredentialIsValidAgain() {
        String email = holderEmail();
        events.send(APPLICATION, "CredentialReinstated", credentialEvent("CredentialReinstated", email));

        ReceivedEmail received = smtp.awaitOneTo(email);
        assertWellFormed(received, email);
        assertEquals("Your credential MC-CPM-2027-000042 is valid again", received.subject());
        assertBothParts(received, "20 June 2027", "Investigation closed without finding", "valid again");
        assertLacks("email", received.text(), "expired");
    }

    @Test
    void reinstatementAfterTheValidityRanOutSaysItExpiredInTheHoldersLanguage() {
        String email = holderEmail();
        ObjectNode reinstated = credentialEvent("CredentialReinstated", email);
        reinstated.put("status", "EXPIRED");
        ((ObjectNode) reinstated.get("holder")).put("preferredLanguage", "fr");
        events.send(APPLICATION, "CredentialReinstated", reinstated);

        ReceivedEmail received = smtp.awaitOneTo(email);
        assertWellFormed(received, email);
        assertEquals("La suspension de votre certification MC-CPM-2027-000042 a été levée", received.subject());
        assertBothParts(received, "20 juin 2027", "expirée", "renouvellement");
    }

    @Test
    void revocationGivesTheReason() {
        String email = holderEmail();
        events.send(APPLICATION, "CredentialRevoked", credentialEvent("CredentialRevoked", email));

        ReceivedEmail received = smtp.awaitOneTo(email);
        assertEquals("Your credential MC-CPM-2027-000042 has been revoked", received.subject());
        assertBothParts(received, "1 July 2027", "Breach of the code of ethics", "no longer valid");
    }

    @Test
    void withdrawalIsConfirmed() {
        UUID applicationId = UUID.randomUUID();
        String email = freshEmail("amara");
        ObjectNode withdrawn = applicantEvent("ApplicationWithdrawn", applicationId, email);
        events.send(APPLICATION, "ApplicationWithdrawn", withdrawn);

        ReceivedEmail received = smtp.awaitOneTo(email);
        assertEquals("Your application for Certified Professional Mentor (IMC) has been withdrawn", received.subject());
        assertBothParts(received, applicationId.toString(), "22 November 2026", "Changed my plans", "refund");
    }

    @Test
    void permanentStatusRequestSendsNothingItself() {
        String email = holderEmail();
        ObjectNode requested = credentialEvent("PermanentStatusRequested", email);
        events.send(APPLICATION, "PermanentStatusRequested", requested);
        ObjectNode revoked = credentialEvent("CredentialRevoked", email);
        revoked.put("applicationId", requested.get("applicationId").asText());
        events.send(APPLICATION, "CredentialRevoked", revoked);

        // Same topic and key: the request was consumed before the revocation, whose email is the only one.
        ReceivedEmail only = smtp.awaitOneTo(email);
        assertEquals("Your credential MC-CPM-2027-000042 has been revoked", only.subject());
    }

    private Applicant applicant() {
        UUID applicationId = UUID.randomUUID();
        String email = freshEmail("applicant");
        events.submitted(applicationId, "Amara Okafor", email, "en");
        return new Applicant(applicationId, email, smtp.awaitOneTo(email));
    }

    /** The email that arrived after the applicant's receipt. */
    private ReceivedEmail next(Applicant a) {
        List<ReceivedEmail> emails = smtp.awaitMessagesTo(a.email(), 2);
        ReceivedEmail email = emails.stream().filter(e -> !e.equals(a.receipt())).findFirst().orElseThrow();
        assertWellFormed(email, a.email());
        return email;
    }

    private ReceivedEmail withSubject(Applicant a, String subject, int expectedEmails) {
        return smtp.awaitMessagesTo(a.email(), expectedEmails).stream().filter(e -> e.subject().equals(subject))
                .findFirst().orElseThrow(() -> new AssertionError("No email \"" + subject + "\" to " + a.email()));
    }

    private static ObjectNode invoice(UUID applicationId, UUID invoiceId) {
        ObjectNode invoice = example(PAYMENT, "InvoiceIssued", applicationId);
        invoice.put("invoiceId", invoiceId.toString());
        invoice.put("paymentUrl", "http://127.0.0.1:8083/api/v1/invoices/" + invoiceId);
        return invoice;
    }

    private static String holderEmail() {
        return freshEmail("holder");
    }

    /** The example of an application event whose {@code applicant} is reached at {@code email}. */
    private static ObjectNode applicantEvent(String event, UUID applicationId, String email) {
        ObjectNode data = example(APPLICATION, event, applicationId);
        ((ObjectNode) data.get("applicant")).put("email", email);
        return data;
    }

    private static ObjectNode credentialEvent(String event, String email) {
        ObjectNode data = example(APPLICATION, event, UUID.randomUUID());
        ((ObjectNode) data.get("holder")).put("email", email);
        return data;
    }
}
