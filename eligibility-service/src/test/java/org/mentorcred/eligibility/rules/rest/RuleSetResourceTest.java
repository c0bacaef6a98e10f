package org.mentorcred.eligibility.rules.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.mentorcred.infra.test.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The published rules, read by front ends without an account. */
@QuarkusTest
class RuleSetResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void publishesTheRulesInEffectTodayForEveryProgramme() {
        given().when().get("/api/v1/rules")
                .then().statusCode(200)
                .body("asOf", equalTo(LocalDate.now(ZoneOffset.UTC).toString()))
                .body("ruleSets.programme", contains("IMC_CPM", "IPMA_AM", "IPMA_PM", "IPMA_SM", "IPMA_MM", "IPMA_SM_FAST_TRACK"))
                .body("ruleSets.find { it.programme == 'IMC_CPM' }.requirements.code",
                        contains("TRAINING_HOURS", "COMPLETED_ENGAGEMENTS", "REFERENCES", "SUPERVISION_DECLARATION"));
    }

    @Test
    void publishesOneProgrammesRequirementsAsData() {
        given().when().get("/api/v1/rules/IMC_CPM")
                .then().statusCode(200)
                .body("programme", equalTo("IMC_CPM"))
                .body("version", equalTo(1))
                .body("effectiveFrom", equalTo("2024-01-01"))
                .body("origin", equalTo("RESOURCE"))
                .body("publishedAt", notNullValue())
                .body("requirements[0].kind", equalTo("MINIMUM_TOTAL"))
                .body("requirements[0].measure", equalTo("TRAINING_HOURS"))
                .body("requirements[0].minimum", equalTo(35))
                .body("requirements[0].centreTypes", contains("ACCREDITED", "ENDORSED", "NON_ACCREDITED"))
                .body("requirements[0].evidenceRequired", equalTo(true))
                .body("requirements[3].declaration", equalTo("SUPERVISION"));
        given().when().get("/api/v1/rules/IPMA_SM_FAST_TRACK")
                .then().statusCode(200)
                .body("requirements.code", contains("EDUCATION", "ETHICS_DECLARATION", "EXPERIENCE", "PROFESSIONAL"))
                .body("requirements[2].kind", equalTo("ANY_OF"))
                .body("requirements[2].options.code", contains("SENIOR_MANAGEMENT", "INSTITUTION_HEAD"))
                .body("requirements[3].options[2].caseRecordsRequired", equalTo(true));
    }

    @Test
    void aVersionCanBeAskedFor() {
        given().queryParam("version", 1).when().get("/api/v1/rules/IPMA_MM")
                .then().statusCode(200).body("version", equalTo(1))
                .body("requirements.code", hasItem("SIGNIFICANT_CONTRIBUTION"));
        given().queryParam("version", 999).when().get("/api/v1/rules/IPMA_MM")
                .then().statusCode(404).contentType(PROBLEM);
        given().queryParam("version", 0).when().get("/api/v1/rules/IPMA_MM")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("version"));
    }

    @Test
    void listsTheVersionsOfAProgramme() {
        given().when().get("/api/v1/rules/IMC_CPM/versions")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items", hasSize(1))
                .body("items[0].version", equalTo(1))
                .body("items[0].current", equalTo(true));
    }

    @Test
    void anUnknownProgrammeIsNotFound() {
        given().when().get("/api/v1/rules/IPMA_GRANDMASTER").then().statusCode(404).contentType(PROBLEM);
        given().when().get("/api/v1/rules/IPMA_GRANDMASTER/versions").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void onlyAnAdminPublishes() {
        String draft = "{\"version\":2,\"effectiveFrom\":\"2099-01-01\",\"requirements\":[]}";
        given().contentType(ContentType.JSON).body(draft)
                .when().post("/api/v1/rules/IMC_CPM/versions")
                .then().statusCode(401).contentType(PROBLEM);
        given().header("Authorization", TestTokens.bearer("reviewer", "reviewer-1")).contentType(ContentType.JSON).body(draft)
                .when().post("/api/v1/rules/IMC_CPM/versions")
                .then().statusCode(403).contentType(PROBLEM);
    }
}
