package org.mentorcred.notification.security;

import java.util.List;

import org.mentorcred.infra.test.fuzz.BadInputContract;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Bad input of every kind ({@link BadInputContract}): page sizes over the cap, spoiled requests to every operation (the
 * OpenAPI-driven fuzzer, with the credentials the authorisation matrix allows), and broken messages of every event type
 * it consumes.
 */
@QuarkusTest
class BadInputTest extends BadInputContract {

    @Override
    protected Object createFixtures(String bootstrap) {
        return SecurityFixtures.create(bootstrap);
    }

    @Override
    protected List<Consumed> consumed() {
        return List.of(
                new Consumed("application-service", "application-events", "ApplicationSubmitted"),
                new Consumed("application-service", "application-events", "CredentialIssued"),
                new Consumed("eligibility-service", "eligibility-events", "EligibilityDecided"),
                new Consumed("payment-service", "payment-events", "InvoiceIssued"),
                new Consumed("exam-service", "exam-events", "ExamBooked"));
    }
}
