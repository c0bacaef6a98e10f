package org.mentorcred.application.applicant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.mentorcred.application.support.Fixtures.asPartner;
import static org.mentorcred.application.support.Fixtures.completion;
import static org.mentorcred.application.support.Fixtures.createKey;
import static org.mentorcred.application.support.Fixtures.createProvider;
import static org.mentorcred.application.support.Fixtures.fresh;
import static org.mentorcred.application.support.Fixtures.open;
import static org.mentorcred.application.support.Fixtures.profile;
import static org.mentorcred.application.support.Fixtures.provider;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mentorcred.infra.test.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Partner completion records are keyed by the learner's e-mail, which anyone can type into a profile: they count
 * only for an applicant whose e-mail the identity provider has verified (the token's {@code email} with
 * {@code email_verified}), in the evidence, the export and the erasure alike.
 */
@QuarkusTest
class VerifiedEmailTest {

    private static final String ME = "/api/v1/applicants/me";

    @Test
    void anotherPersonsRecordsDoNotFollowTheirAddressIntoSomeoneElsesProfile() {
        String victimEmail = fresh("victim") + "@example.org";
        String key = createKey(createProvider(provider(fresh("Verified Mentoring Academy"), "ACCREDITED", 51.4, -0.9, true)));
        String recordId = report(key, victimEmail);

        // The intruder's token vouches for their own address, not for the victim's they type.
        String intruder = fresh("intruder");
        String intruderToken = TestTokens.token("applicant", intruder);
        String etag = save(with(intruderToken), victimEmail, null).statusCode(201).body("emailVerified", equalTo(false))
                .extract().header("ETag");
        String draft = open(intruder, "IMC_CPM");
        application(intruderToken, draft).body("evidence.trainings", empty());
        with(intruderToken).when().get("/api/v1/me/export").then().statusCode(200).body("partnerRecords", empty());

        // A token that names the victim's address without vouching for it does not verify it either.
        String unvouchedToken = TestTokens.token("applicant", intruder, victimEmail, false);
        save(with(unvouchedToken), victimEmail, etag).statusCode(200).body("emailVerified", equalTo(false));
        application(unvouchedToken, draft).body("evidence.trainings", empty());

        // Erasing the intruder leaves the victim's record as the partner reported it.
        with(intruderToken).when().post("/api/v1/me/erasure").then().statusCode(200);
        asPartner(key).when().get("/partner/v1/completions/" + recordId)
                .then().statusCode(200).body("learnerEmail", equalTo(victimEmail)).body("learnerName", equalTo("Amara Okafor"));

        // The owner of the address, vouched for by the identity provider, has the record as evidence.
        String owner = fresh("owner");
        String ownerToken = TestTokens.token("applicant", owner, victimEmail.toUpperCase(), true);
        save(with(ownerToken), victimEmail, null).statusCode(201).body("emailVerified", equalTo(true));
        String ownersDraft = openAs(with(ownerToken));
        application(ownerToken, ownersDraft)
                .body("evidence.trainings.trainingId", contains(recordId))
                .body("evidence.trainings[0].source", equalTo("PARTNER"));
        with(ownerToken).when().get("/api/v1/me/export").then().statusCode(200).body("partnerRecords.id", contains(recordId));
    }

    @Test
    void aChangedAddressIsUnverifiedUntilTheIdentityProviderVouchesForIt() {
        String subject = fresh("mover");
        String oldEmail = subject + "@example.org";
        String newEmail = subject + "@new.example.org";
        String key = createKey(createProvider(provider(fresh("Address Change Institute"), "ENDORSED", 48.85, 2.35, true)));
        String oldRecord = report(key, oldEmail);
        String newRecord = report(key, newEmail);

        String vouchesForOld = TestTokens.token("applicant", subject, oldEmail, true);
        String etag = save(with(vouchesForOld), oldEmail, null).statusCode(201).body("emailVerified", equalTo(true))
                .extract().header("ETag");
        String draft = open(subject, "IMC_CPM");
        application(vouchesForOld, draft).body("evidence.trainings.trainingId", contains(oldRecord));

        // The new address is typed in with the old token: unverified, and neither address's records count.
        etag = save(with(vouchesForOld), newEmail, etag).statusCode(200).body("emailVerified", equalTo(false))
                .extract().header("ETag");
        application(vouchesForOld, draft).body("evidence.trainings", empty());

        // Signed in again after confirming it with the identity provider: verified, and its records count.
        String vouchesForNew = TestTokens.token("applicant", subject, newEmail, true);
        etag = save(with(vouchesForNew), newEmail, etag).statusCode(200).body("emailVerified", equalTo(true))
                .extract().header("ETag");
        application(vouchesForNew, draft).body("evidence.trainings.trainingId", contains(newRecord));

        // Saving other changes with a token that says nothing of the address keeps it verified.
        String noEmailClaim = TestTokens.token("applicant", subject, null, false);
        Map<String, Object> moved = profile(newEmail, 48.85, 2.35);
        moved.put("city", "Paris");
        moved.put("country", "FR");
        with(noEmailClaim).contentType(ContentType.JSON).header("If-Match", etag).body(moved).when().put(ME)
                .then().statusCode(200).body("city", equalTo("Paris")).body("emailVerified", equalTo(true));
    }

    private static RequestSpecification with(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private static ValidatableResponse save(RequestSpecification as, String email, String ifMatch) {
        RequestSpecification request = as.contentType(ContentType.JSON).body(profile(email, 51.5072, -0.1276));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put(ME).then();
    }

    private static String openAs(RequestSpecification as) {
        return as.contentType(ContentType.JSON).body(Map.of("programme", "IMC_CPM")).when().post("/api/v1/applications")
                .then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse application(String token, String applicationId) {
        return with(token).when().get("/api/v1/applications/" + applicationId).then().statusCode(200);
    }

    private static String report(String key, String learnerEmail) {
        return asPartner(key).contentType(ContentType.JSON).body(completion(fresh("ENR"), learnerEmail))
                .when().post("/partner/v1/completions").then().statusCode(201).extract().path("id");
    }
}
