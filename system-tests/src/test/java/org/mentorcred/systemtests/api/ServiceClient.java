package org.mentorcred.systemtests.api;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.mentorcred.infra.suite.Suite;

import io.restassured.specification.RequestSpecification;

/** What every API client shares: the service's address (its first instance) and bearer tokens from the suite. */
abstract class ServiceClient {

    private final Suite suite;
    private final String service;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    ServiceClient(Suite suite, String service) {
        this.suite = suite;
        this.service = service;
    }

    /** A request to this service, with a token of {@code role} for {@code subject}. */
    RequestSpecification as(String role, String subject) {
        return as(role, subject, subject + "@example.org");
    }

    /** The applicant's token carries their e-mail as verified, as their identity provider would. */
    RequestSpecification as(Applicant applicant) {
        return as("applicant", applicant.subject(), applicant.email());
    }

    private RequestSpecification as(String role, String subject, String verifiedEmail) {
        String token = tokens.computeIfAbsent(role + " " + subject + " " + verifiedEmail,
                k -> suite.token(role, subject, verifiedEmail));
        return anonymous().header("Authorization", "Bearer " + token);
    }

    RequestSpecification asAdmin() {
        return as("admin", "ops-admin");
    }

    /** Events this service has committed to its outbox and Kafka has not acknowledged yet. */
    public long pendingEvents() {
        return asAdmin().when().get("/api/v1/admin/outbox").then().statusCode(200).extract().jsonPath()
                .getLong("pending");
    }

    RequestSpecification anonymous() {
        return given().baseUri(suite.url(service));
    }
}
