package org.mentorcred.application.applicant;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.mentorcred.application.support.Fixtures.PROBLEM;
import static org.mentorcred.application.support.Fixtures.as;
import static org.mentorcred.application.support.Fixtures.asApplicant;
import static org.mentorcred.application.support.Fixtures.asReviewer;
import static org.mentorcred.application.support.Fixtures.fresh;
import static org.mentorcred.application.support.Fixtures.profile;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mentorcred.application.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ApplicantProfileTest {

    /**
     * A name is what e-mails greet the person with: links, addresses, markup, control or invisible characters and
     * more than 100 characters are refused; names of every script and punctuation people use are not.
     */
    @Test
    void aNameThatIsNoPersonsNameIsRefused() {
        String subject = fresh("names");
        for (String name : java.util.List.of("Security Team: your account is locked, verify at http://evil.example",
                "Visit www.evil.example now", "Prize at evil.com", "amara@evil.example", "<b>Amara</b>",
                "Amara\u202Eakofo", "Amara\u0007", "x".repeat(101))) {
            Map<String, Object> profile = profile(subject + "@example.org", 51.5, -0.12);
            profile.put("name", name);
            asApplicant(subject).contentType(ContentType.JSON).body(profile)
                    .when().put("/api/v1/applicants/me")
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("violations.field", org.hamcrest.Matchers.contains("name"));
        }
        asApplicant(subject).when().get("/api/v1/applicants/me").then().statusCode(404);
        for (String name : java.util.List.of("Zoë O'Brien-Ñúñez", "Nguyễn Thị Minh Khai", "李小龍", "St. John Smith Jr.",
                "x".repeat(100))) {
            Map<String, Object> profile = profile(subject + "@example.org", 51.5, -0.12);
            profile.put("name", name);
            asApplicant(subject).contentType(ContentType.JSON).body(profile)
                    .when().put("/api/v1/applicants/me")
                    .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200),
                            org.hamcrest.Matchers.is(201)))
                    .body("name", equalTo(name));
        }
    }

    /** A bad enum no longer hides the other errors: every violation of the profile is listed at once. */
    @Test
    void everyViolationOfAProfileIsListedEvenBesideABadEnum() {
        String subject = fresh("violations");
        Map<String, Object> profile = profile(subject + "@example.org", 145.5, -0.1276);
        profile.put("preferredLanguage", "French");
        profile.put("country", "Canada");
        profile.put("highestEducation", "PHD");
        asApplicant(subject).contentType(ContentType.JSON).body(profile)
                .when().put("/api/v1/applicants/me")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", containsInAnyOrder("country", "highestEducation", "latitude",
                        "preferredLanguage"));
        asApplicant(subject).when().get("/api/v1/applicants/me").then().statusCode(404);
    }

    @Test
    void createsReadsAndUpdatesTheCallersProfile() {
        String subject = fresh("amara");
        asApplicant(subject).when().get("/api/v1/applicants/me")
                .then().statusCode(404).contentType(PROBLEM).body("type", equalTo("https://mentorcred.org/problems/profile-not-found"));

        Map<String, Object> profile = profile(subject + "@example.org", 51.5072, -0.1276);
        String etag = asApplicant(subject).contentType(ContentType.JSON).body(profile)
                .when().put("/api/v1/applicants/me")
                .then().statusCode(201)
                .body("subject", equalTo(subject))
                .body("email", equalTo(subject + "@example.org"))
                .body("memberSince", equalTo("2021-03-01"))
                .extract().header("ETag");

        asApplicant(subject).when().get("/api/v1/applicants/me")
                .then().statusCode(200).header("ETag", equalTo(etag)).body("city", equalTo("London"));

        profile.put("city", "Zürich");
        profile.put("country", "CH");
        profile.put("preferredLanguage", "de-CH");
        profile.put("member", false);
        profile.put("memberSince", null);
        String newEtag = asApplicant(subject).contentType(ContentType.JSON).header("If-Match", etag).body(profile)
                .when().put("/api/v1/applicants/me")
                .then().statusCode(200).body("city", equalTo("Zürich")).body("member", equalTo(false))
                .extract().header("ETag");

        // The first ETag is stale now: the write is refused instead of overwriting the change.
        profile.put("city", "Basel");
        asApplicant(subject).contentType(ContentType.JSON).header("If-Match", etag).body(profile)
                .when().put("/api/v1/applicants/me")
                .then().statusCode(412).contentType(PROBLEM).body("currentETag", equalTo(newEtag));
        asApplicant(subject).when().get("/api/v1/applicants/me").then().body("city", equalTo("Zürich"));
    }

    @Test
    void refusesAnInvalidProfileListingEachField() {
        Map<String, Object> profile = profile("not-an-email", 95.0, -0.1276);
        profile.put("country", "XX");
        profile.put("preferredLanguage", "English");
        asApplicant(fresh("bad")).contentType(ContentType.JSON).body(profile)
                .when().put("/api/v1/applicants/me")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", containsInAnyOrder("email", "latitude", "preferredLanguage"));

        Map<String, Object> unknownCountry = profile("x@example.org", 10, 10);
        unknownCountry.put("country", "XX");
        unknownCountry.put("memberSince", null);
        asApplicant(fresh("bad")).contentType(ContentType.JSON).body(unknownCountry)
                .when().put("/api/v1/applicants/me")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", containsInAnyOrder("country", "memberSince"));
    }

    @Test
    void refusesTextTheDatabaseCannotHoldAsABadRequest() {
        Map<String, Object> profile = profile("nul@example.org", 10, 10);
        profile.put("name", "Amara\u0000Okafor");
        asApplicant(fresh("nul")).contentType(ContentType.JSON).body(profile)
                .when().put("/api/v1/applicants/me")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("name"));
    }

    @Test
    void reviewersReadAnyApplicantButApplicantsOnlyThemselves() {
        String owner = Fixtures.applicant();
        String id = asApplicant(owner).when().get("/api/v1/applicants/me").then().extract().path("id");

        asReviewer().when().get("/api/v1/applicants/" + id).then().statusCode(200).body("subject", equalTo(owner));
        as("admin", "admin-1").when().get("/api/v1/applicants/" + id).then().statusCode(200);
        asApplicant(owner).when().get("/api/v1/applicants/" + id).then().statusCode(200);
        asApplicant(fresh("other")).when().get("/api/v1/applicants/" + id)
                .then().statusCode(403).contentType(PROBLEM);
        as("finance", "finance-1").when().get("/api/v1/applicants/" + id).then().statusCode(403);
        io.restassured.RestAssured.given().when().get("/api/v1/applicants/" + id).then().statusCode(401).contentType(PROBLEM);
    }
}
