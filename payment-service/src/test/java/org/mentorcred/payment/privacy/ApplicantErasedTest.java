package org.mentorcred.payment.privacy;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.mentorcred.infra.test.EventContracts;
import org.mentorcred.infra.test.TestProducer;
import org.mentorcred.payment.Api;
import org.mentorcred.payment.Db;
import org.mentorcred.payment.Events;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/** ApplicantErased: the applicant's contact is anonymised, invoices and their amounts stay, applied once. */
@QuarkusTest
class ApplicantErasedTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    DataSource db;

    @Test
    void theContactIsAnonymisedAndTheInvoiceIsKept() {
        Events.Application application = Events.Application.of("IPMA_PM", true);
        try (TestProducer producer = new TestProducer(bootstrap)) {
            String invoice = Api.issueInvoice(producer, application);
            String total = Api.finance().when().get("/api/v1/invoices/{id}", invoice)
                    .then().statusCode(200).extract().path("total");
            ObjectNode erased = (ObjectNode) EventContracts.exampleTree(Events.APPLICATION, "ApplicantErased");
            erased.put("applicationId", application.applicationId().toString());
            erased.put("applicantId", application.applicantId().toString());
            erased.put("subject", application.subject());
            String eventId = UUID.randomUUID().toString();
            String type = Events.type(Events.APPLICATION, "ApplicantErased");
            producer.sendEvent(Events.APPLICATION_EVENTS, application.key(), eventId, type, erased.toString());
            Db.awaitProcessed(db, eventId);

            assertEquals("Erased", Db.text(db, "SELECT applicant_name FROM application_projection WHERE application_id = ?",
                    application.applicationId()));
            assertEquals("erased-" + application.applicantId() + "@erased.invalid", Db.text(db,
                    "SELECT applicant_email FROM application_projection WHERE application_id = ?",
                    application.applicationId()));
            assertEquals(0, Db.count(db, "SELECT count(*) FROM outbox_event WHERE message_key = ? AND sent_at IS NOT NULL",
                    application.key()), "the published InvoiceIssued, which carried the contact, is forgotten");
            Api.finance().when().get("/api/v1/invoices/{id}", invoice)
                    .then().statusCode(200).body("total", equalTo(total)).body("status", equalTo("OPEN"));
            // The owner still reads their invoice (their token subject is kept: it names nobody).
            Api.applicant(application).when().get("/api/v1/invoices/{id}", invoice).then().statusCode(200);
        }
    }
}
