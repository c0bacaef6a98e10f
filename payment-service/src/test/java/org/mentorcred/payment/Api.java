package org.mentorcred.payment;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mentorcred.infra.test.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The HTTP calls tests make over and over. */
public final class Api {

    public static final String PROBLEM = "application/problem+json";
    public static final Duration WAIT = Duration.ofSeconds(30);

    public static final String CARD_OK = "4242424242424242";
    public static final String CARD_DECLINED = "4000000000000002";
    public static final String CARD_NO_FUNDS = "4000000000009995";
    public static final String CARD_CONFIRM = "4000000000003220";

    private Api() {
    }

    public static RequestSpecification as(String role, String subject) {
        return given().header("Authorization", TestTokens.bearer(role, subject));
    }

    public static RequestSpecification finance() {
        return as("finance", "finance-1");
    }

    public static RequestSpecification applicant(Events.Application application) {
        return as("applicant", application.subject());
    }

    public static String card(String number) {
        return "{\"card\":{\"number\":\"" + number + "\",\"expMonth\":12,\"expYear\":2030,\"cvc\":\"123\","
                + "\"holderName\":\"Amara Okafor\"}}";
    }

    public static Response pay(RequestSpecification who, String invoiceId, String key, String body) {
        RequestSpecification spec = who.contentType(ContentType.JSON).body(body);
        if (key != null) {
            spec = spec.header("Idempotency-Key", key);
        }
        return spec.when().post("/api/v1/invoices/{id}/payments", invoiceId);
    }

    /** The invoices of an application, as finance sees them. */
    public static List<Map<String, Object>> invoicesOf(UUID applicationId) {
        return finance().queryParam("applicationId", applicationId.toString())
                .when().get("/api/v1/invoices")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    /** Waits for the application's only invoice (of the purpose) and answers its id. */
    public static String awaitInvoice(UUID applicationId, String purpose) {
        return await().atMost(WAIT).until(() -> invoicesOf(applicationId).stream()
                .filter(i -> purpose.equals(i.get("purpose"))).map(i -> (String) i.get("id")).findFirst().orElse(null),
                id -> id != null);
    }

    /** Sends the application's submission and an eligible decision; answers the invoice issued for it. */
    public static String issueInvoice(org.mentorcred.infra.test.TestProducer producer, Events.Application application) {
        application.sendSubmitted(producer);
        application.sendDecided(producer, true);
        return awaitInvoice(application.applicationId(), "ACCREDITATION");
    }

    public static String invoiceStatus(String invoiceId) {
        return finance().when().get("/api/v1/invoices/{id}", invoiceId)
                .then().statusCode(200).extract().path("status");
    }
}
