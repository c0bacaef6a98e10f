package org.mentorcred.payment.invoice;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorcred.infra.test.TopicProbe.ofType;
import static org.mentorcred.infra.test.TopicProbe.withKey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.mentorcred.payment.fee.FeeTable;
import org.mentorcred.payment.fee.Programme;
import org.mentorcred.payment.fee.service.FeeScheduleService;
import org.mentorcred.payment.invoice.service.InvoiceIssuer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class InvoicingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INVOICE_ISSUED = Events.type(Events.PAYMENT, "InvoiceIssued");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    DataSource db;

    @Inject
    InvoiceIssuer issuer;

    @Inject
    FeeScheduleService fees;

    TestProducer producer;

    @BeforeEach
    void connect() {
        producer = new TestProducer(bootstrap);
    }

    @AfterEach
    void disconnect() {
        producer.close();
    }

    /** DOMAIN.md "Fees (USD)": what an eligible member and non-member of each programme are invoiced. */
    private static final Object[][] TOTALS = {
            { "IMC_CPM", true, "250.00" }, { "IMC_CPM", false, "398.00" },
            { "IPMA_AM", true, "130.00" }, { "IPMA_AM", false, "330.00" },
            { "IPMA_PM", true, "170.00" }, { "IPMA_PM", false, "430.00" },
            { "IPMA_SM", true, "430.00" }, { "IPMA_SM", false, "730.00" },
            { "IPMA_MM", true, "830.00" }, { "IPMA_MM", false, "1130.00" },
            { "IPMA_SM_FAST_TRACK", true, "430.00" }, { "IPMA_SM_FAST_TRACK", false, "730.00" } };

    @Test
    void invoicesEveryProgrammeAtTheMemberAndNonMemberPriceOfTheDomain() throws Exception {
        try (TopicProbe probe = TopicProbe.fromNow(bootstrap, Events.PAYMENT_EVENTS)) {
            Map<String, Object[]> expected = new HashMap<>();
            List<Events.Application> applications = new ArrayList<>();
            for (Object[] row : TOTALS) {
                Events.Application application = Events.Application.of((String) row[0], (Boolean) row[1]);
                applications.add(application);
                expected.put(application.key(), row);
                application.sendSubmitted(producer);
                application.sendDecided(producer, true);
            }
            List<ConsumerRecord<String, String>> issued = probe.await(
                    r -> expected.containsKey(r.key()) && INVOICE_ISSUED.equals(TopicProbe.header(r, "ce_type")),
                    TOTALS.length, Api.WAIT);
            assertEquals(TOTALS.length, issued.size());
            for (ConsumerRecord<String, String> record : issued) {
                EventContracts.assertValid(Events.PAYMENT, "InvoiceIssued", record.value());
                JsonNode invoice = JSON.readTree(record.value());
                Object[] row = expected.get(record.key());
                String programme = (String) row[0];
                boolean member = (Boolean) row[1];
                assertEquals(row[2], invoice.get("total").asText(), programme + " member=" + member);
                assertEquals(programme, invoice.get("programme").asText());
                assertEquals("ACCREDITATION", invoice.get("purpose").asText());
                assertEquals("USD", invoice.get("currency").asText());
                assertEquals(1, invoice.get("feeScheduleVersion").asInt());
                assertTrue(invoice.get("credentialNumber").isNull());
                assertEquals(programme.equals("IMC_CPM") ? 1 : 2, invoice.get("lines").size());
                assertEquals("ACCREDITATION_FEE", invoice.at("/lines/0/code").asText());
                assertTrue(invoice.at("/lines/0/description").asText()
                        .endsWith(member ? ", member price" : ", non-member price"));
                Instant issuedAt = Instant.parse(invoice.get("issuedAt").asText());
                assertEquals(issuedAt.atZone(ZoneOffset.UTC).toLocalDate().plusDays(30),
                        LocalDate.parse(invoice.get("dueDate").asText()));
                assertTrue(invoice.get("invoiceNumber").asText()
                        .startsWith("INV-" + issuedAt.atZone(ZoneOffset.UTC).getYear() + "-"));
                assertEquals("http://127.0.0.1:8083/api/v1/invoices/" + invoice.get("invoiceId").asText(),
                        invoice.get("paymentUrl").asText());
            }
            for (Events.Application application : applications) {
                Object[] row = expected.get(application.key());
                Api.applicant(application).queryParam("applicationId", application.key())
                        .when().get("/api/v1/invoices")
                        .then().statusCode(200)
                        .body("total", equalTo(1))
                        .body("items[0].total", equalTo(row[2]))
                        .body("items[0].status", equalTo("OPEN"))
                        .body("items[0].applicantId", equalTo(application.applicantId().toString()));
            }
        }
    }

    @Test
    void anEligibilityDecisionDeliveredTwiceOrRepeatedIssuesOneInvoice() {
        Events.Application application = Events.Application.of("IPMA_PM", true);
        // The decisions come on another topic: let the submission be applied first, so the first one invoices.
        Db.awaitProcessed(db, application.sendSubmitted(producer));
        String ceId = UUID.randomUUID().toString();
        String decided = application.decided(true, false);
        String type = Events.type(Events.ELIGIBILITY, "EligibilityDecided");
        producer.sendEvent(Events.ELIGIBILITY_EVENTS, application.key(), ceId, type, decided);
        producer.sendEvent(Events.ELIGIBILITY_EVENTS, application.key(), ceId, type, decided);
        // The same decision again under another ce_id (a re-publication), and a fresh decision for the same application.
        producer.sendEvent(Events.ELIGIBILITY_EVENTS, application.key(), type, decided);
        String last = producer.sendEvent(Events.ELIGIBILITY_EVENTS, application.key(), type,
                application.decided(true, false));
        Db.awaitProcessed(db, last);

        assertEquals(1, Api.invoicesOf(application.applicationId()).size());
        assertEquals(1, Db.outboxEvents(db, application.key(), INVOICE_ISSUED));
    }

    @Test
    void aDecisionArrivingBeforeTheSubmissionIsKeptAndInvoicedWhenTheSubmissionArrives() {
        Events.Application application = Events.Application.of("IPMA_SM", false);
        String decision = application.sendDecided(producer, true);
        Db.awaitProcessed(db, decision);
        assertEquals(0, Api.invoicesOf(application.applicationId()).size());

        application.sendSubmitted(producer);
        String invoiceId = Api.awaitInvoice(application.applicationId(), "ACCREDITATION");
        Api.finance().when().get("/api/v1/invoices/{id}", invoiceId)
                .then().statusCode(200).body("total", equalTo("730.00")).body("member", equalTo(false))
                // Quarkus 3.37's build-time serializers wrote issuedAt twice, the second time as "suedAt".
                .body("issuedAt", notNullValue()).body("$", not(hasKey("suedAt")));
    }

    @Test
    void anIneligibleApplicationGetsNoInvoice() {
        Events.Application application = Events.Application.of("IMC_CPM", true);
        Db.awaitProcessed(db, application.sendSubmitted(producer));
        Db.awaitProcessed(db, application.sendDecided(producer, false));

        assertEquals(0, Api.invoicesOf(application.applicationId()).size());
        assertEquals(0, Db.outboxEvents(db, application.key(), INVOICE_ISSUED));
    }

    @Test
    void anEligibleApplicationPendingReviewIsInvoiced() {
        Events.Application application = Events.Application.of("IPMA_MM", true);
        application.sendSubmitted(producer);
        producer.sendEvent(Events.ELIGIBILITY_EVENTS, application.key(),
                Events.type(Events.ELIGIBILITY, "EligibilityDecided"), application.decided(true, true));
        String invoiceId = Api.awaitInvoice(application.applicationId(), "ACCREDITATION");
        assertEquals("OPEN", Api.invoiceStatus(invoiceId));
    }

    @Test
    void aWithdrawalVoidsTheOpenInvoice() {
        Events.Application application = Events.Application.of("IPMA_AM", true);
        String invoiceId = Api.issueInvoice(producer, application);
        application.sendWithdrawn(producer);

        org.awaitility.Awaitility.await().atMost(Api.WAIT).until(() -> "VOID".equals(Api.invoiceStatus(invoiceId)));
        Api.finance().when().get("/api/v1/invoices/{id}", invoiceId)
                .then().body("voidReason", equalTo("Application withdrawn"));
        Api.pay(Api.applicant(application), invoiceId, UUID.randomUUID().toString(), Api.card(Api.CARD_OK))
                .then().statusCode(409).contentType(Api.PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/invoice-not-payable"))
                .body("currentState", equalTo("VOID"));
    }

    @Test
    void aWithdrawalBeforeTheDecisionMeansNoInvoice() {
        Events.Application application = Events.Application.of("IPMA_AM", false);
        application.sendSubmitted(producer);
        // Another topic than the decision's: wait until the withdrawal is applied, so it truly comes first.
        Db.awaitProcessed(db, application.sendWithdrawn(producer));
        Db.awaitProcessed(db, application.sendDecided(producer, true));

        assertEquals(0, Api.invoicesOf(application.applicationId()).size());
    }

    @Test
    void permanentStatusIsInvoicedToMembersForTheirCredential() throws Exception {
        Events.Application application = Events.Application.of("IPMA_PM", true);
        application.sendSubmitted(producer);
        String credentialNumber = "IPMA-PM-2027-" + (100000 + (int) (Math.random() * 899999));
        try (TopicProbe probe = TopicProbe.fromNow(bootstrap, Events.PAYMENT_EVENTS)) {
            producer.sendEvent(Events.APPLICATION_EVENTS, application.key(),
                    Events.type(Events.APPLICATION, "PermanentStatusRequested"),
                    application.permanentStatusRequested(UUID.randomUUID(), credentialNumber, true));
            ConsumerRecord<String, String> record = probe.awaitOne(
                    withKey(application.key()).and(ofType(INVOICE_ISSUED)), Api.WAIT);
            EventContracts.assertValid(Events.PAYMENT, "InvoiceIssued", record.value());
            JsonNode invoice = JSON.readTree(record.value());
            assertEquals("PERMANENT_UPGRADE", invoice.get("purpose").asText());
            assertEquals(credentialNumber, invoice.get("credentialNumber").asText());
            assertEquals("IPMA_PM", invoice.get("programme").asText());
            assertEquals("100.00", invoice.get("total").asText());
            assertEquals("PERMANENT_UPGRADE", invoice.at("/lines/0/code").asText());
            Api.applicant(application).when().get("/api/v1/invoices/{id}", invoice.get("invoiceId").asText())
                    .then().statusCode(200).body("status", equalTo("OPEN"));
        }
    }

    @Test
    void aPermanentStatusRequestForAnApplicationNotSeenYetIsInvoicedOnceItIs() {
        Events.Application application = Events.Application.of("IPMA_AM", true);
        UUID credentialId = UUID.randomUUID();
        String ceId = producer.sendEvent(Events.APPLICATION_EVENTS, application.key(),
                Events.type(Events.APPLICATION, "PermanentStatusRequested"),
                application.permanentStatusRequested(credentialId, "IPMA-AM-2027-000314", true));
        Db.awaitProcessed(db, ceId);
        assertEquals("AWAITING_APPLICATION", Db.text(db,
                "SELECT status FROM permanent_status_request WHERE credential_id = ?", credentialId));

        application.sendSubmitted(producer);
        String invoiceId = Api.awaitInvoice(application.applicationId(), "PERMANENT_UPGRADE");
        Api.applicant(application).when().get("/api/v1/invoices/{id}", invoiceId)
                .then().statusCode(200).body("total", equalTo("100.00"))
                .body("credentialNumber", equalTo("IPMA-AM-2027-000314"));
        assertEquals("INVOICED", Db.text(db, "SELECT status FROM permanent_status_request WHERE credential_id = ?",
                credentialId));
    }

    @Test
    void permanentStatusIsNotInvoicedToNonMembers() {
        Events.Application application = Events.Application.of("IPMA_SM", false);
        application.sendSubmitted(producer);
        UUID credentialId = UUID.randomUUID();
        String ceId = producer.sendEvent(Events.APPLICATION_EVENTS, application.key(),
                Events.type(Events.APPLICATION, "PermanentStatusRequested"),
                application.permanentStatusRequested(credentialId, "IPMA-SM-2027-000042", false));
        Db.awaitProcessed(db, ceId);

        assertEquals(0, Api.invoicesOf(application.applicationId()).size());
        assertEquals("REJECTED", Db.text(db, "SELECT status FROM permanent_status_request WHERE credential_id = ?",
                credentialId));
    }

    @Test
    void invoiceNumbersHaveNoGapsEvenWhenAnIssueRollsBackOrFindsItsInvoice() {
        int year = Instant.now().atZone(ZoneOffset.UTC).getYear();
        FeeTable schedule = fees.effectiveOn(FeeScheduleService.today());
        InvoiceIssuer.Draft draft = new InvoiceIssuer.Draft(UUID.randomUUID(), UUID.randomUUID(), "gap-test",
                Invoice.Purpose.ACCREDITATION, Programme.IMC_CPM, null, true, schedule,
                schedule.accreditation(Programme.IMC_CPM, true));
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            assertNotNull(issuer.issue(draft).orElseThrow());
            throw new IllegalStateException("the transaction fails after the number was taken");
        }));
        Invoice issued = QuarkusTransaction.requiringNew().call(() -> issuer.issue(draft).orElseThrow());
        // Issuing it again takes a number, finds the invoice and gives the number back.
        assertTrue(QuarkusTransaction.requiringNew().call(() -> issuer.issue(draft)).isEmpty());

        long numbered = Db.count(db, "SELECT count(*) FROM invoice WHERE number LIKE ?", "INV-" + year + "-%");
        long highest = Db.count(db,
                "SELECT coalesce(max(substring(number FROM 10)::int), 0) FROM invoice WHERE number LIKE ?",
                "INV-" + year + "-%");
        assertEquals(numbered, highest, "numbers 1.." + highest + " all used, none twice");
        assertEquals(highest, Db.count(db, "SELECT last_value FROM invoice_number_counter WHERE year = ?", year));
        assertTrue(issued.number.matches("INV-" + year + "-\\d{6}"));
        assertEquals(0, Db.count(db, "SELECT count(*) FROM invoice WHERE application_id = ? AND number <> ?",
                draft.applicationId(), issued.number));
    }

    @Test
    void aMalformedEventGoesToTheDeadLetterTopicAndLaterEventsAreStillApplied() {
        Events.Application application = Events.Application.of("IPMA_AM", true);
        try (TopicProbe dead = TopicProbe.fromNow(bootstrap, "application-events.payment-service.dlq")) {
            String broken = application.submitted().replace("\"subject\"", "\"nickname\"");
            producer.sendEvent(Events.APPLICATION_EVENTS, application.key(),
                    Events.type(Events.APPLICATION, "ApplicationSubmitted"), broken);
            dead.awaitOne(withKey(application.key()), Api.WAIT);
        }
        Api.issueInvoice(producer, application);
    }
}
