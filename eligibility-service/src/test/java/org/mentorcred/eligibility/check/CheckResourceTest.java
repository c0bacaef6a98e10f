package org.mentorcred.eligibility.check;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mentorcred.eligibility.Submissions;
import org.mentorcred.infra.test.EventContracts;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** POST /api/v1/eligibility/checks: public, stateless, every unmet requirement explained. */
@QuarkusTest
class CheckResourceTest {

    private static final String PROBLEM = "application/problem+json";

    /** One completed engagement of 28 hours with a letter, one ongoing; secondary education; ethics adopted. */
    private static final String PARTIAL = """
            {"applicationDate":"2026-11-23","highestEducation":"SECONDARY","evidence":{
              "trainings":[{"centreType":"ACCREDITED","hours":30,"endDate":"2025-03-01","evidence":"CERTIFICATE",
                            "documentId":"9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a","verified":false}],
              "engagements":[
                {"startDate":"2025-01-06","endDate":"2025-06-30","completed":true,"hours":28,
                 "reference":{"kind":"LETTER","documentId":"8c7b6a5f-4e3d-4c2b-9a1f-0e9d8c7b6a5f"}},
                {"startDate":"2025-09-01","endDate":null,"completed":false,"hours":12}],
              "ethics":{"acceptedAt":"2026-11-20T10:10:00Z"}}}""";

    private static JsonPath check(String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/eligibility/checks")
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    /**
     * An unbounded decimal ({@code 1e-1000000} once took 2 s of processor time and a 3 MB answer, a billion digits a
     * 500) or a date past the accepted range is a 400 problem naming the field, before any arithmetic.
     */
    @Test
    void decimalsAndDatesOutOfBoundsAreRefusedByName() {
        for (String hours : List.of("1e-1000000", "1e-1000000000", "1e1000000")) {
            given().contentType(ContentType.JSON).body(PARTIAL.replace("\"hours\":28", "\"hours\":" + hours))
                    .when().post("/api/v1/eligibility/checks")
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("violations[0].field", org.hamcrest.Matchers.equalTo("evidence.engagements[0].hours"));
        }
        given().contentType(ContentType.JSON).body(PARTIAL.replace("2026-11-23", "+999999999-12-31"))
                .when().post("/api/v1/eligibility/checks")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("applicationDate"));
    }

    @Test
    void checksEveryProgrammeWithoutAnAccount() {
        JsonPath result = check(PARTIAL);
        assertEquals("2026-11-23", result.getString("applicationDate"));
        assertEquals(List.of("IMC_CPM", "IPMA_AM", "IPMA_PM", "IPMA_SM", "IPMA_MM", "IPMA_SM_FAST_TRACK"),
                result.getList("programmes.programme"));
        assertEquals(List.of(false, false, false, false, false, false), result.getList("programmes.eligible"));
    }

    @Test
    void explainsEveryUnmetRequirementInWordsAPersonCanActOn() {
        JsonPath result = check(PARTIAL);
        List<Map<String, Object>> programmes = result.getList("programmes");
        for (Map<String, Object> programme : programmes) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> requirements = (List<Map<String, Object>>) programme.get("requirements");
            @SuppressWarnings("unchecked")
            List<String> missing = (List<String>) programme.get("missing");
            List<Object> unmet = requirements.stream().filter(r -> !(Boolean) r.get("met")).map(r -> r.get("explanation")).toList();
            assertFalse(unmet.isEmpty(), programme.get("programme") + " has something missing");
            assertEquals(unmet, missing, programme.get("programme") + ": one line per unmet requirement");
            unmet.forEach(line -> {
                assertNotNull(line, programme.get("programme") + " leaves an unmet requirement unexplained");
                assertFalse(line.toString().isBlank());
            });
        }
        assertEquals(List.of("12 more service hours on completed engagements"
                + " (not counted: 1 engagement not completed by the application date)"), missingOf(result, "IPMA_AM"));
        assertEquals(List.of(
                "5 more training hours from accredited, endorsed or non-accredited centres, each with a certificate or letter"
                        + " uploaded, or a partner's completion record",
                "2 more completed engagements (not counted: 1 engagement not completed by the application date)",
                "one more reference on a completed engagement: a reference letter or email uploaded, or the referee's email"
                        + " and their consent to be contacted",
                "declare a supervisor: their name, email, postal address and focus area"), missingOf(result, "IMC_CPM"));
        assertTrue(missingOf(result, "IPMA_SM_FAST_TRACK").contains("a master's degree or higher"));
        assertTrue(missingOf(result, "IPMA_PM").contains("a bachelor's degree or higher"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> missingOf(JsonPath result, String programme) {
        return (List<String>) result.getList("programmes.findAll { it.programme == '" + programme + "' }.missing").get(0);
    }

    @Test
    void checksOneProgrammeWhenAsked() {
        ObjectNode body = (ObjectNode) Submissions.read(PARTIAL);
        body.put("programme", "IPMA_AM");
        given().contentType(ContentType.JSON).body(body.toString())
                .when().post("/api/v1/eligibility/checks")
                .then().statusCode(200)
                .body("programmes", hasSize(1))
                .body("programmes[0].programme", equalTo("IPMA_AM"))
                .body("programmes[0].ruleSetVersion", equalTo(1))
                .body("programmes[0].requirements.code", contains("SERVICE_HOURS", "ETHICS_DECLARATION"))
                .body("programmes[0].requirements[0].required", equalTo("40"))
                .body("programmes[0].requirements[0].actual", equalTo("28"))
                .body("programmes[0].requirements[1].met", equalTo(true));
    }

    @Test
    void theApplicationDateDecidesWhatIsCompleted() {
        ObjectNode body = (ObjectNode) Submissions.read(PARTIAL);
        body.put("programme", "IPMA_AM");
        body.put("applicationDate", "2025-06-29");
        given().contentType(ContentType.JSON).body(body.toString())
                .when().post("/api/v1/eligibility/checks")
                .then().statusCode(200)
                .body("applicationDate", equalTo("2025-06-29"))
                .body("programmes[0].requirements[0].actual", equalTo("0"));
    }

    @Test
    void acceptsTheEvidenceOfAnApplicationSubmittedAsItIs() {
        ObjectNode submitted = (ObjectNode) EventContracts.exampleTree("application-service", "ApplicationSubmitted");
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("applicationDate", "2026-11-20");
        body.put("highestEducation", submitted.at("/applicant/highestEducation").asText());
        body.set("evidence", submitted.get("evidence"));
        JsonPath result = check(body.toString());
        assertEquals(List.of(true, true, true, false, false, false), result.getList("programmes.eligible"));
        assertEquals(List.of(), missingOf(result, "IMC_CPM"));
    }

    @Test
    void anEligibleMasterMentorIsPendingReview() {
        String body = """
                {"programme":"IPMA_MM","applicationDate":"2026-11-20","highestEducation":"MASTER","evidence":{
                  "engagements":[{"startDate":"2019-01-01","endDate":"2024-01-01","completed":true,"hours":500}],
                  "credentialsHeld":[{"body":"IPMA","credential":"IPMA_SM","internationalBody":true}],
                  "contribution":{"statement":"Founded a national mentoring network",
                                  "documentIds":["0b7c1e2a-3d4f-4a5b-9c6d-7e8f9a0b1c2d"]},
                  "ethics":{"acceptedAt":"2026-11-20T10:10:00Z"}}}""";
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/eligibility/checks")
                .then().statusCode(200)
                .body("programmes[0].eligible", equalTo(true))
                .body("programmes[0].pendingReview", equalTo(true))
                .body("programmes[0].missing", hasSize(0))
                .body("programmes[0].requirements.find { it.code == 'SIGNIFICANT_CONTRIBUTION' }.pendingReview", equalTo(true));
    }

    @Test
    void invalidEvidenceIsABadRequestListingEachField() {
        given().contentType(ContentType.JSON).body("""
                {"evidence":{"engagements":[
                  {"startDate":"2025-06-01","endDate":"2025-01-01","completed":true,"hours":-3},
                  {"startDate":"2025-06-01","hours":3}]}}""")
                .when().post("/api/v1/eligibility/checks")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("evidence.engagements[0].hours"))
                .body("violations.field", hasItem("evidence.engagements[0].datesInOrder"))
                .body("violations.field", hasItem("evidence.engagements[1].completed"));
    }

    @Test
    void aMissingOrUnreadableBodyIsABadRequest() {
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/eligibility/checks")
                .then().statusCode(400).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body("{\"evidence\": ")
                .when().post("/api/v1/eligibility/checks")
                .then().statusCode(400).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body("{\"programme\":\"IPMA_GRANDMASTER\",\"evidence\":{}}")
                .when().post("/api/v1/eligibility/checks")
                .then().statusCode(400).contentType(PROBLEM);
    }
}
