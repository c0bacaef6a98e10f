package org.mentorcred.systemtests.api;

import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.mentorcred.infra.suite.Suite;
import org.mentorcred.systemtests.support.Ids;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** application-service's public API: profiles, drafts and their sections, submission, withdrawal, providers. */
public final class ApplicationApi extends ServiceClient {

    public ApplicationApi(Suite suite) {
        super(suite, "application-service");
    }

    // --- applicants ----------------------------------------------------------------------------------------

    /** A new applicant (a member, in London) with a profile, emailed at an address of {@code domain}. */
    public Applicant newApplicant(String domain) {
        return newApplicant(domain, profile -> { });
    }

    /** A new applicant whose profile {@code adjust} may change before it is saved. */
    public Applicant newApplicant(String domain, Consumer<Map<String, Object>> adjust) {
        String subject = Ids.fresh("applicant");
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("name", "Applicant " + subject.substring(subject.indexOf('-') + 1));
        profile.put("email", subject + "@" + domain);
        profile.put("preferredLanguage", "en");
        profile.put("country", "GB");
        profile.put("city", "London");
        profile.put("latitude", 51.5072);
        profile.put("longitude", -0.1276);
        profile.put("highestEducation", "MASTER");
        profile.put("member", true);
        profile.put("memberSince", "2021-03-01");
        adjust.accept(profile);
        Applicant applicant = new Applicant(subject, (String) profile.get("name"), (String) profile.get("email"));
        as(applicant).contentType(ContentType.JSON).body(profile)
                .when().put("/api/v1/applicants/me")
                .then().statusCode(201).body("emailVerified", equalTo(true)); // so partner records count
        return applicant;
    }

    // --- applications --------------------------------------------------------------------------------------

    /** Opens a DRAFT for {@code programme}; returns its id. */
    public String open(Applicant applicant, String programme) {
        return as(applicant).contentType(ContentType.JSON).body(Map.of("programme", programme))
                .when().post("/api/v1/applications")
                .then().statusCode(201).extract().path("id");
    }

    public ValidatableResponse get(Applicant applicant, String applicationId) {
        return as(applicant).when().get("/api/v1/applications/" + applicationId).then();
    }

    public ValidatableResponse getAsAdmin(String applicationId) {
        return asAdmin().when().get("/api/v1/applications/" + applicationId).then();
    }

    public ValidatableResponse submit(Applicant applicant, String applicationId) {
        return as(applicant).when().post("/api/v1/applications/" + applicationId + "/submit").then();
    }

    public ValidatableResponse withdraw(Applicant applicant, String applicationId, String reason) {
        return as(applicant).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .when().post("/api/v1/applications/" + applicationId + "/withdraw").then();
    }

    /** POSTs a list item ({@code trainings}, {@code engagements}, {@code credentials-held}); returns the response. */
    public ValidatableResponse add(Applicant applicant, String applicationId, String section, Object body) {
        return as(applicant).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/applications/" + applicationId + "/" + section).then();
    }

    /** PUTs a single section, or a sub-resource such as {@code engagements/{id}/reference}. */
    public ValidatableResponse put(Applicant applicant, String applicationId, String section, Object body) {
        return as(applicant).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/applications/" + applicationId + "/" + section).then();
    }

    /** Uploads a small valid PDF as evidence; returns the document id. */
    public String uploadPdf(Applicant applicant, String applicationId, String filename) {
        return uploadPdf(applicant, applicationId, filename, "evidence");
    }

    /** Uploads a small valid PDF whose content includes {@code comment}; returns the document id. */
    public String uploadPdf(Applicant applicant, String applicationId, String filename, String comment) {
        byte[] pdf = ("%PDF-1.4\n% " + comment + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n"
                + "%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        return as(applicant).contentType("application/pdf").body(pdf).queryParam("filename", filename)
                .when().post("/api/v1/applications/" + applicationId + "/documents")
                .then().statusCode(201).extract().path("documentId");
    }

    // --- training providers and the partner API ------------------------------------------------------------

    public String createProvider(Map<String, Object> provider) {
        return asAdmin().contentType(ContentType.JSON).body(provider)
                .when().post("/api/v1/admin/training-providers")
                .then().statusCode(201).extract().path("id");
    }

    /** A new API key of the provider (shown once). */
    public String createApiKey(String providerId) {
        return asAdmin().contentType(ContentType.JSON).body(Map.of("label", "system tests"))
                .when().post("/api/v1/admin/training-providers/" + providerId + "/api-keys")
                .then().statusCode(201).extract().path("key");
    }

    public ValidatableResponse pushCompletions(String apiKey, List<Map<String, Object>> records) {
        return anonymous().header("X-API-Key", apiKey).contentType(ContentType.JSON).body(records)
                .when().post("/partner/v1/completions").then();
    }

    /** A provider of {@code type} ({@code ACCREDITED}, {@code QTSP} ...) at the given place, active; returns its id. */
    public String createProvider(String name, String type, String email, double latitude, double longitude) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("type", type);
        p.put("address", "1 Example Road");
        p.put("city", "Example");
        p.put("country", "GB");
        p.put("latitude", latitude);
        p.put("longitude", longitude);
        p.put("contactName", "Programme Office");
        p.put("contactEmail", email);
        p.put("preferredLanguage", "en");
        p.put("active", true);
        return createProvider(p);
    }

    /** A completion record of the learner, finished last week. */
    public static Map<String, Object> completion(Applicant learner, String recordId, String course, String level,
            double hours, double inPersonDays, String mode) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("providerRecordId", recordId);
        r.put("learnerEmail", learner.email());
        r.put("learnerName", learner.name());
        r.put("courseName", course);
        r.put("level", level);
        r.put("hours", hours);
        r.put("inPersonDays", inPersonDays);
        r.put("mode", mode);
        r.put("startDate", java.time.LocalDate.now().minusWeeks(6).toString());
        r.put("endDate", java.time.LocalDate.now().minusWeeks(1).toString());
        r.put("instructorName", "Sam Patel");
        r.put("instructorEmail", "sam.patel@trainers.example.org");
        return r;
    }

    // --- the reviewer's desk, reference checks ------------------------------------------------------------

    public ValidatableResponse review(String applicationId) {
        return as("reviewer", "reviewer-1").when().get("/api/v1/review/applications/" + applicationId).then();
    }

    public ValidatableResponse reviewQueue() {
        return as("reviewer", "reviewer-1").queryParam("size", 100).when().get("/api/v1/review/queue").then();
    }

    public ValidatableResponse assign(String reviewer, String applicationId) {
        return as("reviewer", reviewer).when().post("/api/v1/review/applications/" + applicationId + "/assignment")
                .then();
    }

    public ValidatableResponse decide(String reviewer, String applicationId, String decision, List<String> reasons) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", decision);
        body.put("reasons", reasons);
        return as("reviewer", reviewer).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/review/applications/" + applicationId + "/decision").then();
    }

    public ValidatableResponse askForInformation(String reviewer, String applicationId, String question) {
        return as("reviewer", reviewer).contentType(ContentType.JSON).body(Map.of("question", question))
                .when().post("/api/v1/applications/" + applicationId + "/information-requests").then();
    }

    public ValidatableResponse answerInformationRequest(Applicant applicant, String applicationId, String requestId,
            String answer) {
        return as(applicant).contentType(ContentType.JSON).body(Map.of("answer", answer))
                .when().post("/api/v1/applications/" + applicationId + "/information-requests/" + requestId + "/answer")
                .then();
    }

    public ValidatableResponse referenceChecks(String applicationId) {
        return as("reviewer", "reviewer-1")
                .when().get("/api/v1/review/applications/" + applicationId + "/reference-checks").then();
    }

    /** What the referee's link shows (no login). */
    public ValidatableResponse referenceCheck(String token) {
        return anonymous().when().get("/api/v1/reference-checks/" + token).then();
    }

    public ValidatableResponse answerReferenceCheck(String token, boolean confirmed, String comment) {
        return anonymous().contentType(ContentType.JSON).body(Map.of("confirmed", confirmed, "comment", comment))
                .when().post("/api/v1/reference-checks/" + token).then();
    }

    // --- credentials ---------------------------------------------------------------------------------------

    public ValidatableResponse myCredentials(Applicant applicant) {
        return as(applicant).when().get("/api/v1/me/credentials").then();
    }

    public ValidatableResponse verification(String number) {
        return anonymous().when().get("/api/v1/credentials/" + number + "/verification").then();
    }

    /** The Open Badge as a compact VC-JWT. */
    public String badge(String number) {
        return anonymous().when().get("/api/v1/credentials/" + number + "/badge")
                .then().statusCode(200).contentType("application/vc+jwt").extract().asString();
    }

    public String jwks() {
        return anonymous().when().get("/.well-known/jwks.json").then().statusCode(200).extract().asString();
    }
}
