package org.mentorcred.application.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.mentorcred.application.support.Fixtures.PROBLEM;
import static org.mentorcred.application.support.Fixtures.asApplicant;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.mentorcred.application.credential.Issued;
import org.mentorcred.infra.test.authz.Principal;
import org.mentorcred.infra.test.fuzz.BadInputContract;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Bad input of every kind ({@link BadInputContract}): page sizes over the cap, spoiled requests to every operation (the
 * OpenAPI-driven fuzzer, with the credentials and fixtures of the authorisation matrix), broken messages of every event
 * type the process consumes, on each of its three topics; and a NUL in a URI.
 */
@QuarkusTest
class BadInputTest extends BadInputContract {

    @Inject
    Issued issued;

    @Override
    protected Object createFixtures(String bootstrap) {
        return SecurityFixtures.create(issued, bootstrap);
    }

    @Override
    protected List<Consumed> consumed() {
        List<Consumed> consumed = new ArrayList<>();
        consumed.add(new Consumed("eligibility-service", "eligibility-events", "EligibilityDecided"));
        for (String event : List.of("InvoiceIssued", "PaymentSucceeded", "PaymentFailed", "RefundIssued")) {
            consumed.add(new Consumed("payment-service", "payment-events", event));
        }
        for (String event : List.of("ExamBooked", "ExamBookingCancelled", "ExamBookingMoved", "ExamResultRecorded")) {
            consumed.add(new Consumed("exam-service", "exam-events", event));
        }
        return consumed;
    }

    /** PostgreSQL text cannot hold NUL: a %00 in a credential number or a search is bad input, not a 500. */
    @Test
    void aNulInThePathOrQueryIsA400Problem() {
        given().urlEncodingEnabled(false).when().get("/api/v1/credentials/MC%00/verification")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("path"));
        given().urlEncodingEnabled(false).when().get("/api/v1/registry?name=Oka%00for")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("name"));
        asApplicant(Principal.APPLICANT_A.subject()).urlEncodingEnabled(false)
                .when().post("/api/v1/credentials/%00/permanent-status").then().statusCode(400).contentType(PROBLEM);
    }
}
