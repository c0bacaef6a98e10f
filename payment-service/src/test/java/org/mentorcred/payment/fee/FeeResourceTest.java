package org.mentorcred.payment.fee;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class FeeResourceTest {

    @Test
    void anyoneReadsTheScheduleInForce() {
        given().when().get("/api/v1/fees")
                .then().statusCode(200)
                .body("version", equalTo(1))
                .body("currency", equalTo("USD"))
                .body("programmes", hasSize(6))
                .body("programmes.find { it.programme == 'IPMA_MM' }.accreditation.nonMember", equalTo("799.00"))
                .body("programmes.find { it.programme == 'IPMA_MM' }.examFee", equalTo("331.00"))
                .body("programmes.find { it.programme == 'IMC_CPM' }.examFee", nullValue())
                .body("permanentUpgrade.member", equalTo("100.00"))
                .body("permanentUpgrade.nonMember", nullValue());
    }

    @Test
    void answersTheVersionInForceOnADateAndNoneBeforeTheFirst() {
        given().queryParam("at", "2024-01-01").when().get("/api/v1/fees")
                .then().statusCode(200).body("version", equalTo(1));
        given().queryParam("at", "2023-12-31").when().get("/api/v1/fees")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://mentorcred.org/problems/no-fee-schedule"));
        given().queryParam("at", "2026-13-01").when().get("/api/v1/fees")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("at"));
    }

    /** DOMAIN.md "Fees (USD)" through the public quote endpoint. */
    @ParameterizedTest(name = "{0} member={1} costs {2}")
    @CsvSource({
            "IMC_CPM, true, 250.00, 1", "IMC_CPM, false, 398.00, 1",
            "IPMA_AM, true, 130.00, 2", "IPMA_AM, false, 330.00, 2",
            "IPMA_PM, true, 170.00, 2", "IPMA_PM, false, 430.00, 2",
            "IPMA_SM, true, 430.00, 2", "IPMA_SM, false, 730.00, 2",
            "IPMA_MM, true, 830.00, 2", "IPMA_MM, false, 1130.00, 2",
            "IPMA_SM_FAST_TRACK, true, 430.00, 2", "IPMA_SM_FAST_TRACK, false, 730.00, 2" })
    void quotesEveryProgrammeForMembersAndNonMembers(String programme, boolean member, String total, int lines) {
        given().contentType(ContentType.JSON)
                .body("{\"programme\":\"" + programme + "\",\"member\":" + member + "}")
                .when().post("/api/v1/fees/quotes")
                .then().statusCode(200)
                .body("feeScheduleVersion", equalTo(1))
                .body("currency", equalTo("USD"))
                .body("lines", hasSize(lines))
                .body("lines[0].code", equalTo("ACCREDITATION_FEE"))
                .body("total", equalTo(total));
    }

    @Test
    void refusesAQuoteWithoutProgrammeOrWithAnUnknownOne() {
        given().contentType(ContentType.JSON).body("{\"member\":true}")
                .when().post("/api/v1/fees/quotes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("programme"));
        given().contentType(ContentType.JSON).body("{\"programme\":\"IPMA_XX\",\"member\":true}")
                .when().post("/api/v1/fees/quotes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("programme"));
    }
}
