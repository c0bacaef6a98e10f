package org.mentorcred.application.credential;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.mentorcred.application.support.Fixtures.PROBLEM;
import static org.mentorcred.application.support.Fixtures.asAdmin;
import static org.mentorcred.application.support.Fixtures.asApplicant;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The public registry: members' ACTIVE credentials whose holders listed them. */
@QuarkusTest
class RegistryTest {

    @Inject
    Issued issued;

    @Test
    void listsMembersActiveCredentialsTheyOptedIntoAndNothingMore() {
        Issued.Holder listed = issued.cpm();
        Issued.Holder unlisted = issued.cpm();
        list(listed, true).statusCode(200).body("registryListed", equalTo(true));

        List<String> numbers = registry(null);
        org.hamcrest.MatcherAssert.assertThat(numbers, hasItem(listed.number()));
        org.hamcrest.MatcherAssert.assertThat(numbers, not(hasItem(unlisted.number())));
        given().queryParam("programme", "IMC_CPM").queryParam("name", "OKAFOR").queryParam("size", 200)
                .when().get("/api/v1/registry").then().statusCode(200)
                .body("items.credentialNumber", hasItem(listed.number()))
                .body("items.find { it.credentialNumber == '" + listed.number() + "' }.holderName", equalTo("Amara Okafor"))
                .body("items.find { it.credentialNumber == '" + listed.number() + "' }.keySet()",
                        equalTo(new java.util.LinkedHashSet<>(List.of("credentialNumber", "holderName", "programme",
                                "programmeName", "level", "issuedAt", "expiresAt"))));
        given().queryParam("programme", "IPMA_MM").queryParam("size", 200).when().get("/api/v1/registry")
                .then().statusCode(200).body("items.credentialNumber", not(hasItem(listed.number())));

        // A suspended credential leaves the registry; reinstated, it is back.
        asAdmin().contentType(ContentType.JSON).body(Map.of("reason", "Complaint"))
                .when().post("/api/v1/credentials/" + listed.number() + "/suspension").then().statusCode(200);
        org.hamcrest.MatcherAssert.assertThat(registry(null), not(hasItem(listed.number())));
        asAdmin().contentType(ContentType.JSON).body(Map.of("reason", "Cleared"))
                .when().delete("/api/v1/credentials/" + listed.number() + "/suspension").then().statusCode(200);
        org.hamcrest.MatcherAssert.assertThat(registry(null), hasItem(listed.number()));

        // Opting out takes it off.
        list(listed, false).statusCode(200).body("registryListed", equalTo(false));
        org.hamcrest.MatcherAssert.assertThat(registry(null), not(hasItem(listed.number())));
    }

    @Test
    void nonMembersCannotOptInAndOnlyTheHolderChooses() {
        Issued.Holder nonMember = issued.ipma(null);
        list(nonMember, true).statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/not-a-member"));
        list(nonMember, false).statusCode(200);

        Issued.Holder holder = issued.cpm();
        asApplicant(nonMember.subject()).contentType(ContentType.JSON).body(Map.of("listed", true))
                .when().put("/api/v1/credentials/" + holder.number() + "/registry-listing").then().statusCode(403);
        asAdmin().contentType(ContentType.JSON).body(Map.of("listed", true))
                .when().put("/api/v1/credentials/" + holder.number() + "/registry-listing").then().statusCode(403);
        asApplicant(holder.subject()).contentType(ContentType.JSON).body(Map.of())
                .when().put("/api/v1/credentials/" + holder.number() + "/registry-listing").then().statusCode(400)
                .body("violations[0].field", equalTo("listed"));
        given().queryParam("size", 500).when().get("/api/v1/registry").then().statusCode(400).contentType(PROBLEM);
    }

    private static io.restassured.response.ValidatableResponse list(Issued.Holder holder, boolean listed) {
        return asApplicant(holder.subject()).contentType(ContentType.JSON).body(Map.of("listed", listed))
                .when().put("/api/v1/credentials/" + holder.number() + "/registry-listing").then();
    }

    private static List<String> registry(String name) {
        var request = given().queryParam("size", 200);
        if (name != null) {
            request = request.queryParam("name", name);
        }
        return request.when().get("/api/v1/registry").then().statusCode(200).extract().path("items.credentialNumber");
    }
}
