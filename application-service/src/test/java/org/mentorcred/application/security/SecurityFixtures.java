package org.mentorcred.application.security;

import static org.mentorcred.application.support.Fixtures.asPartner;
import static org.mentorcred.application.support.Fixtures.completion;
import static org.mentorcred.application.support.Fixtures.contactReference;
import static org.mentorcred.application.support.Fixtures.createKey;
import static org.mentorcred.application.support.Fixtures.createProvider;
import static org.mentorcred.application.support.Fixtures.engagement;
import static org.mentorcred.application.support.Fixtures.ethics;
import static org.mentorcred.application.support.Fixtures.fresh;
import static org.mentorcred.application.support.Fixtures.open;
import static org.mentorcred.application.support.Fixtures.post;
import static org.mentorcred.application.support.Fixtures.profile;
import static org.mentorcred.application.support.Fixtures.provider;
import static org.mentorcred.application.support.Fixtures.put;
import static org.mentorcred.application.support.Fixtures.supervision;
import static org.mentorcred.application.support.Fixtures.training;
import static org.mentorcred.application.support.Fixtures.uploadPdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mentorcred.application.credential.Issued;
import org.mentorcred.application.support.Fixtures;
import org.mentorcred.application.support.Journeys;
import org.mentorcred.infra.test.TestProducer;
import org.mentorcred.infra.test.TopicProbe;
import org.mentorcred.infra.test.authz.MatrixCall;
import org.mentorcred.infra.test.authz.MatrixFixtures;
import org.mentorcred.infra.test.authz.Principal;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.http.ContentType;

/**
 * Applicant A's data for the security tests: a profile, a draft with every section and list item (one of each to
 * change, one to delete), documents, drafts to submit and to withdraw; an IMC_CPM of A under review (through the real
 * events, {@link Journeys}) with its referees' links, a reviewer's question and a reference check; four IPMA_AM
 * credentials of A ({@link Issued}): one to read and act on as the holder, one suspended, one to suspend, one to
 * revoke; another applicant's CPM under review for the reviewer's decision; applicant B's profile; partner providers
 * X and Y with a key each and a completion record of X.
 */
final class SecurityFixtures implements MatrixFixtures {

    private final Map<String, String> vars = new HashMap<>();
    private final Map<Principal, String> keys = new HashMap<>();
    private final Map<Principal, String> toWithdraw = new HashMap<>();

    /** A's subject is the same in every run of one database, so each run starts from a fresh pair of applicants. */
    static SecurityFixtures create(Issued issued, String bootstrap) {
        SecurityFixtures f = new SecurityFixtures();
        String a = Principal.APPLICANT_A.subject();
        f.vars.put("applicant", ensureProfile(a));
        ensureProfile(Principal.APPLICANT_B.subject());
        withdrawOpenApplications(a);
        withdrawOpenApplications(Principal.APPLICANT_B.subject());

        // The draft is any programme's (sections are not tied to one); A's IMC_CPM is the one under review.
        String app = open(a, "IPMA_SM_FAST_TRACK");
        String base = "/api/v1/applications/" + app;
        String document = uploadPdf(a, app);
        f.vars.put("application", app);
        f.vars.put("applicationId", app);
        f.vars.put("document", document);
        f.vars.put("documentId", document);
        f.vars.put("documentToDelete", uploadPdf(a, app));
        f.vars.put("trainingId", item(a, base + "/trainings", training(document), "trainingId"));
        f.vars.put("trainingToDelete", item(a, base + "/trainings", training(document), "trainingId"));
        f.vars.put("engagementId", item(a, base + "/engagements", engagement("Jonas Berg"), "engagementId"));
        f.vars.put("engagementToDelete", item(a, base + "/engagements", engagement("Priya Nair"), "engagementId"));
        String withReference = item(a, base + "/engagements", engagement("Chen Wei"), "engagementId");
        put(a, base + "/engagements/" + withReference + "/reference", contactReference("Chen Wei")).statusCode(200);
        f.vars.put("engagementWithReference", withReference);
        Map<String, Object> credential = Map.of("body", "IPMA", "credential", "Professional Mentor",
                "internationalBody", true, "awardedOn", "2020-05-01");
        f.vars.put("credentialId", item(a, base + "/credentials-held", credential, "credentialId"));
        f.vars.put("credentialToDelete", item(a, base + "/credentials-held", credential, "credentialId"));
        put(a, base + "/supervision", supervision()).statusCode(200);
        put(a, base + "/ethics", ethics()).statusCode(200);
        put(a, base + "/education", Map.of("level", "MASTER", "institution", "University of Leeds",
                "qualification", "MSc Coaching")).statusCode(200);
        put(a, base + "/experience", Map.of("seniorManagementYears", 12, "headOfInstitution", false)).statusCode(200);
        put(a, base + "/contribution", Map.of("statement", "Founded a mentoring network",
                "documentIds", List.of(document))).statusCode(200);

        try (TestProducer producer = new TestProducer(bootstrap);
                TopicProbe probe = TopicProbe.fromNow(bootstrap, Journeys.APPLICATION_EVENTS)) {
            f.underReview(a, producer, probe);
        }
        f.credentials(issued, a);

        String toSubmit = open(a, "IPMA_AM");
        post(a, "/api/v1/applications/" + toSubmit + "/engagements", engagement("Lea Roy")).statusCode(201);
        put(a, "/api/v1/applications/" + toSubmit + "/ethics", ethics()).statusCode(200);
        f.vars.put("applicationToSubmit", toSubmit);
        f.toWithdraw.put(Principal.APPLICANT_A, open(a, "IPMA_PM"));
        f.toWithdraw.put(Principal.ADMIN, open(a, "IPMA_SM"));

        String providerX = createProvider(provider("Provider X " + fresh("x"), "ACCREDITED", 51.45, -0.97, true));
        String providerY = createProvider(provider("Provider Y " + fresh("y"), "ACCREDITED", 51.45, -0.97, true));
        f.vars.put("providerX", providerX);
        f.vars.put("providerId", providerX);
        f.keys.put(Principal.PARTNER_X, createKey(providerX));
        f.keys.put(Principal.PARTNER_Y, createKey(providerY));
        f.vars.put("apiKeyToRevoke", Fixtures.asAdmin().contentType(ContentType.JSON).body(Map.of("label", "old"))
                .when().post("/api/v1/admin/training-providers/" + providerX + "/api-keys")
                .then().statusCode(201).extract().path("id"));
        f.vars.put("completionOfX", asPartner(f.keys.get(Principal.PARTNER_X)).contentType(ContentType.JSON)
                .body(completion("matrix-" + UUID.randomUUID(), "learner@example.org"))
                .when().post("/partner/v1/completions")
                .then().statusCode(201).extract().path("id"));
        return f;
    }

    /**
     * A's IMC_CPM, submitted, paid and under review (a reviewer's question asked, the referees' links sent), and a
     * new applicant's for the reviewer to decide: a decision closes the application, and the checks of A's go on.
     */
    private void underReview(String a, TestProducer producer, TopicProbe probe) {
        String cpm = open(a, "IMC_CPM");
        Fixtures.completeCpm(a, cpm);
        Fixtures.submit(a, cpm).statusCode(200);
        String[] other = Journeys.submittedCpm();
        Journeys.payFee(producer, a, cpm, "IMC_CPM");
        Journeys.payFee(producer, other[0], other[1], "IMC_CPM");
        Journeys.awaitStatus(a, cpm, "UNDER_REVIEW");
        Journeys.awaitStatus(other[0], other[1], "UNDER_REVIEW");
        vars.put("applicationUnderReview", cpm);
        vars.put("applicationToDecide", other[1]);
        List<ConsumerRecord<String, String>> links = probe.await(TopicProbe.ofType(Journeys.REFERENCE_CHECK_REQUESTED)
                .and(TopicProbe.withKey(cpm)), 2, Journeys.WAIT);
        // The first link is only read (the reviewer records its check by hand), the second is answered.
        JsonNode read = Journeys.read(links.get(0).value());
        vars.put("referenceToken", token(read));
        vars.put("referenceTokenToAnswer", token(Journeys.read(links.get(1).value())));
        List<Map<String, Object>> checks = Fixtures.asReviewer().when()
                .get("/api/v1/review/applications/" + cpm + "/reference-checks")
                .then().statusCode(200).extract().jsonPath().getList("");
        vars.put("checkId", checks.stream().filter(c -> read.get("referenceId").asText().equals(c.get("referenceId")))
                .map(c -> (String) c.get("id")).findFirst().orElseThrow());
        vars.put("requestId", Fixtures.asReviewer().contentType(ContentType.JSON)
                .body(Map.of("question", "Please give the dates of your third engagement."))
                .when().post("/api/v1/applications/" + cpm + "/information-requests")
                .then().statusCode(201).extract().path("id"));
    }

    private static String token(JsonNode referenceCheckRequested) {
        String url = referenceCheckRequested.get("confirmationUrl").asText();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** A's IPMA_AM credentials, each issued as the reviewer's approval does it, one after another (one open at a time). */
    private void credentials(Issued issued, String a) {
        vars.put("number", issued.approveAndIssue(Journeys.submittedIpma(a, "IPMA_AM")));
        String suspended = issued.approveAndIssue(Journeys.submittedIpma(a, "IPMA_AM"));
        Fixtures.asAdmin().contentType(ContentType.JSON).body(Map.of("reason", "Complaint under investigation"))
                .when().post("/api/v1/credentials/" + suspended + "/suspension").then().statusCode(200);
        vars.put("credentialSuspended", suspended);
        vars.put("credentialToSuspend", issued.approveAndIssue(Journeys.submittedIpma(a, "IPMA_AM")));
        vars.put("credentialToRevoke", issued.approveAndIssue(Journeys.submittedIpma(a, "IPMA_AM")));
    }

    private static String ensureProfile(String subject) {
        var existing = Fixtures.asApplicant(subject).when().get("/api/v1/applicants/me");
        if (existing.statusCode() == 200) {
            return existing.path("id");
        }
        return Fixtures.createProfile(subject, profile(subject + "@example.org", 51.5072, -0.1276));
    }

    /** Earlier runs against the same database left open applications (one per programme is allowed). */
    private static void withdrawOpenApplications(String subject) {
        List<Map<String, Object>> items = Fixtures.asApplicant(subject).queryParam("size", 200)
                .when().get("/api/v1/applications").then().statusCode(200).extract().jsonPath().getList("items");
        for (Map<String, Object> item : items) {
            Fixtures.asApplicant(subject).contentType(ContentType.JSON).body(Map.of("reason", "test reset"))
                    .when().post("/api/v1/applications/" + item.get("id") + "/withdraw");
        }
    }

    private static String item(String subject, String path, Object body, String idField) {
        return post(subject, path, body).statusCode(201).extract().path(idField);
    }

    @Override
    public Map<String, String> variables(MatrixCall call) {
        Map<String, String> result = new HashMap<>(vars);
        result.put("applicationToWithdraw",
                toWithdraw.getOrDefault(call.principal(), toWithdraw.get(Principal.APPLICANT_A)));
        return result;
    }

    @Override
    public String apiKey(Principal partner) {
        return keys.get(partner);
    }

    Map<String, String> shared() {
        return Map.copyOf(vars);
    }
}
