package org.mentorcred.application.support;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mentorcred.infra.test.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Builds what tests need over the real API; every call uses fresh subjects and ids. */
public final class Fixtures {

    public static final String PROBLEM = "application/problem+json";

    private Fixtures() {
    }

    public static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static RequestSpecification as(String role, String subject) {
        return given().header("Authorization", TestTokens.bearer(role, subject));
    }

    public static RequestSpecification asApplicant(String subject) {
        return as("applicant", subject);
    }

    public static RequestSpecification asAdmin() {
        return as("admin", "admin-1");
    }

    public static RequestSpecification asReviewer() {
        return as("reviewer", "reviewer-1");
    }

    // --- applicants ----------------------------------------------------------------------------------

    public static Map<String, Object> profile(String email, double latitude, double longitude) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", "Amara Okafor");
        p.put("email", email);
        p.put("preferredLanguage", "en");
        p.put("country", "GB");
        p.put("city", "London");
        p.put("latitude", latitude);
        p.put("longitude", longitude);
        p.put("highestEducation", "MASTER");
        p.put("member", true);
        p.put("memberSince", "2021-03-01");
        return p;
    }

    /** A new applicant with a profile; returns their subject. */
    public static String applicant() {
        String subject = fresh("applicant");
        createProfile(subject, profile(subject + "@example.org", 51.5072, -0.1276));
        return subject;
    }

    public static String createProfile(String subject, Map<String, Object> profile) {
        return asApplicant(subject).contentType(ContentType.JSON).body(profile)
                .when().put("/api/v1/applicants/me")
                .then().statusCode(201).extract().path("id");
    }

    // --- applications ----------------------------------------------------------------------------------

    public static String open(String subject, String programme) {
        return asApplicant(subject).contentType(ContentType.JSON).body(Map.of("programme", programme))
                .when().post("/api/v1/applications")
                .then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse get(String subject, String applicationId) {
        return asApplicant(subject).when().get("/api/v1/applications/" + applicationId).then();
    }

    public static String etag(String subject, String applicationId) {
        return get(subject, applicationId).statusCode(200).extract().header("ETag");
    }

    public static ValidatableResponse post(String subject, String path, Object body) {
        return asApplicant(subject).contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    public static ValidatableResponse put(String subject, String path, Object body) {
        return asApplicant(subject).contentType(ContentType.JSON).body(body).when().put(path).then();
    }

    public static ValidatableResponse submit(String subject, String applicationId) {
        return asApplicant(subject).when().post("/api/v1/applications/" + applicationId + "/submit").then();
    }

    // --- documents -------------------------------------------------------------------------------------

    public static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] png() {
        return new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };
    }

    public static byte[] jpeg() {
        return new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0 };
    }

    public static ValidatableResponse upload(String subject, String applicationId, String contentType, byte[] bytes) {
        return asApplicant(subject).contentType(contentType).body(bytes)
                .queryParam("filename", "evidence")
                .when().post("/api/v1/applications/" + applicationId + "/documents").then();
    }

    public static String uploadPdf(String subject, String applicationId) {
        return upload(subject, applicationId, "application/pdf", pdf()).statusCode(201).extract().path("documentId");
    }

    // --- sections --------------------------------------------------------------------------------------

    public static Map<String, Object> training(String documentId) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("centreName", "Mentoring Academy");
        t.put("centreType", "ACCREDITED");
        t.put("programmeName", "Foundations of Professional Mentoring");
        t.put("level", null);
        t.put("hours", 36);
        t.put("inPersonDays", 3);
        t.put("mode", "BLENDED");
        t.put("startDate", "2025-01-13");
        t.put("endDate", "2025-02-28");
        t.put("instructorName", "Dr Lena Fischer");
        t.put("instructorEmail", "lena.fischer@example.org");
        t.put("evidence", "CERTIFICATE");
        t.put("documentId", documentId);
        return t;
    }

    public static Map<String, Object> engagement(String mentee) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("menteeName", mentee);
        e.put("menteeEmail", mentee.toLowerCase().replace(' ', '.') + "@example.org");
        e.put("kind", "INTERNAL");
        e.put("startDate", "2023-01-09");
        e.put("endDate", "2023-12-15");
        e.put("hours", 40);
        e.put("completed", true);
        return e;
    }

    public static Map<String, Object> contactReference(String referee) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("kind", "CONTACT");
        r.put("refereeName", referee);
        r.put("refereeEmail", referee.toLowerCase().replace(' ', '.') + "@example.org");
        r.put("refereeRole", "MENTEE");
        r.put("documentId", null);
        r.put("consentToContact", true);
        r.put("confidential", false);
        return r;
    }

    public static Map<String, Object> supervision() {
        return Map.of("supervisorName", "Helen Carter", "supervisorEmail", "helen.carter@example.org",
                "postalAddress", "22 Example Road, Manchester M1 1AA, United Kingdom", "focus", "BOTH");
    }

    public static Map<String, Object> ethics() {
        return Map.of("accepted", true, "codeVersion", "2024-01");
    }

    /** The mentees of {@link #completeCpm}; the first two are its referees. */
    public static final List<String> CPM_MENTEES = List.of("Jonas Berg", "Priya Nair", "Chen Wei");

    /**
     * Fills every section IMC_CPM requires: an ACCREDITED training with its certificate, three completed engagements
     * (Jonas Berg, Priya Nair, Chen Wei) with a CONTACT reference from the first two mentees, supervision (the IMC asks
     * for no ethics declaration).
     */
    public static void completeCpm(String subject, String applicationId) {
        String base = "/api/v1/applications/" + applicationId;
        String certificate = uploadPdf(subject, applicationId);
        post(subject, base + "/trainings", training(certificate)).statusCode(201);
        for (String mentee : CPM_MENTEES) {
            String id = post(subject, base + "/engagements", engagement(mentee)).statusCode(201).extract().path("engagementId");
            if (CPM_MENTEES.indexOf(mentee) < 2) {
                put(subject, base + "/engagements/" + id + "/reference", contactReference(mentee)).statusCode(200);
            }
        }
        put(subject, base + "/supervision", supervision()).statusCode(200);
    }

    // --- providers -------------------------------------------------------------------------------------

    public static Map<String, Object> provider(String name, String type, double latitude, double longitude, boolean active) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("type", type);
        p.put("address", "1 King's Road");
        p.put("city", "Reading");
        p.put("country", "GB");
        p.put("latitude", latitude);
        p.put("longitude", longitude);
        p.put("contactName", "Olivia Grant");
        p.put("contactEmail", "programmes@" + name.toLowerCase().replaceAll("[^a-z0-9]", "") + ".example.org");
        p.put("contactPhone", "+44 20 7946 0000");
        p.put("preferredLanguage", "en");
        p.put("active", active);
        return p;
    }

    public static String createProvider(Map<String, Object> provider) {
        return asAdmin().contentType(ContentType.JSON).body(provider)
                .when().post("/api/v1/admin/training-providers")
                .then().statusCode(201).extract().path("id");
    }

    public static String createKey(String providerId) {
        return asAdmin().contentType(ContentType.JSON).body(Map.of("label", "test"))
                .when().post("/api/v1/admin/training-providers/" + providerId + "/api-keys")
                .then().statusCode(201).extract().path("key");
    }

    public static RequestSpecification asPartner(String key) {
        return given().header("X-API-Key", key);
    }

    public static Map<String, Object> completion(String recordId, String learnerEmail) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("providerRecordId", recordId);
        c.put("learnerEmail", learnerEmail);
        c.put("learnerName", "Amara Okafor");
        c.put("courseName", "Advanced Mentoring Conversations");
        c.put("level", null);
        c.put("hours", 12);
        c.put("inPersonDays", 0);
        c.put("mode", "ONLINE");
        c.put("startDate", "2025-04-01");
        c.put("endDate", "2025-04-30");
        c.put("instructorName", "Sam Patel");
        c.put("instructorEmail", null);
        return c;
    }
}
