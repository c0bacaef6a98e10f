package org.mentorcred.systemtests.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mentorcred.infra.suite.Suite;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/** payment-service's public API: invoices, card payments with idempotency keys, receipts. */
public final class PaymentApi extends ServiceClient {

    /** Sandbox test cards (payment-service README). */
    public static final String CARD_SUCCEEDS = "4242424242424242";
    public static final String CARD_DECLINED = "4000000000000002";

    public PaymentApi(Suite suite) {
        super(suite, "payment-service");
    }

    /** The applicant's invoices of one application (a page). */
    public ValidatableResponse invoices(Applicant applicant, String applicationId) {
        return as(applicant).queryParam("applicationId", applicationId)
                .when().get("/api/v1/invoices").then();
    }

    /** The application's invoices as finance sees them (whoever the applicant). */
    public List<Map<String, Object>> invoicesAsFinance(String applicationId) {
        return as("finance", "finance-officer").queryParam("applicationId", applicationId)
                .when().get("/api/v1/invoices").then().statusCode(200).extract().path("items");
    }

    public ValidatableResponse invoice(Applicant applicant, String invoiceId) {
        return as(applicant).when().get("/api/v1/invoices/" + invoiceId).then();
    }

    /** Pays the invoice by card under {@code idempotencyKey}; the raw response, whatever its status. */
    public Response pay(Applicant applicant, String invoiceId, String idempotencyKey, String cardNumber) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("number", cardNumber);
        card.put("expMonth", 12);
        card.put("expYear", 2035);
        card.put("cvc", "123");
        card.put("holderName", applicant.name());
        return as(applicant).header("Idempotency-Key", idempotencyKey).contentType(ContentType.JSON)
                .body(Map.of("provider", "sandbox", "card", card))
                .when().post("/api/v1/invoices/" + invoiceId + "/payments");
    }

    public ValidatableResponse payments(Applicant applicant, String invoiceId) {
        return as(applicant).when().get("/api/v1/invoices/" + invoiceId + "/payments").then();
    }

    public ValidatableResponse receipt(Applicant applicant, String invoiceId) {
        return as(applicant).when().get("/api/v1/invoices/" + invoiceId + "/receipt").then();
    }
}
