package org.mentorcred.application.application;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorcred.application.support.Fixtures.PROBLEM;
import static org.mentorcred.application.support.Fixtures.applicant;
import static org.mentorcred.application.support.Fixtures.asApplicant;
import static org.mentorcred.application.support.Fixtures.asReviewer;
import static org.mentorcred.application.support.Fixtures.engagement;
import static org.mentorcred.application.support.Fixtures.etag;
import static org.mentorcred.application.support.Fixtures.fresh;
import static org.mentorcred.application.support.Fixtures.get;
import static org.mentorcred.application.support.Fixtures.open;
import static org.mentorcred.application.support.Fixtures.post;
import static org.mentorcred.application.support.Fixtures.put;
import static org.mentorcred.application.support.Fixtures.training;
import static org.mentorcred.application.support.Fixtures.uploadPdf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.mentorcred.application.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ApplicationDraftTest {

    @Inject
    EntityManager em;

    @Test
    void opensADraftWithItsFirstTimelineEntry() {
        String subject = applicant();
        String id = open(subject, "IMC_CPM");
        get(subject, id).statusCode(200)
                .header("ETag", notNullValue())
                .body("status", equalTo("DRAFT"))
                .body("editable", equalTo(true))
                .body("programme", equalTo("IMC_CPM"))
                .body("applicant.subject", equalTo(subject))
                .body("evidence.trainings", empty())
                .body("trainingProvider.status", equalTo("NOT_REQUIRED"))
                .body("timeline", hasSize(1))
                .body("timeline[0].from", nullValue())
                .body("timeline[0].to", equalTo("DRAFT"))
                .body("timeline[0].actor", equalTo(subject))
                .body("timeline[0].actorRole", equalTo("applicant"));
    }

    @Test
    void needsAProfileFirst() {
        post(fresh("nobody"), "/api/v1/applications", Map.of("programme", "IPMA_AM"))
                .statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/profile-required"));
    }

    @Test
    void allowsOneOpenApplicationPerProgramme() {
        String subject = applicant();
        String first = open(subject, "IPMA_PM");
        post(subject, "/api/v1/applications", Map.of("programme", "IPMA_PM"))
                .statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/open-application-exists"))
                .body("existingApplicationId", equalTo(first));
        open(subject, "IPMA_AM"); // another programme is fine

        asApplicant(subject).contentType(ContentType.JSON).body(Map.of("reason", "wrong level"))
                .when().post("/api/v1/applications/" + first + "/withdraw").then().statusCode(200);
        String second = open(subject, "IPMA_PM"); // a withdrawn one is closed
        assertNotEquals(first, second);
    }

    /** The database, not only the service, keeps one open application per programme, with the enum's closed set. */
    @Test
    void theUniqueIndexClosesExactlyTheClosedStatuses() {
        String definition = (String) em.createNativeQuery(
                "SELECT pg_get_indexdef('application_one_open_per_programme'::regclass)").getSingleResult();
        String closed = ApplicationStatus.CLOSED.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        List<String> inIndex = java.util.regex.Pattern.compile("'([A-Z_]+)'").matcher(definition).results()
                .map(m -> m.group(1)).sorted().toList();
        assertTrue(definition.contains("<> ALL"), definition);
        assertEquals(closed, String.join(",", inIndex), definition);
    }

    @Test
    void anotherApplicantCanNeitherReadNorChangeTheApplication() {
        String owner = applicant();
        String id = open(owner, "IMC_CPM");
        String documentId = uploadPdf(owner, id);
        String base = "/api/v1/applications/" + id;
        String intruder = applicant();

        asApplicant(intruder).when().get(base).then().statusCode(403).contentType(PROBLEM);
        post(intruder, base + "/trainings", training(documentId)).statusCode(403).contentType(PROBLEM);
        put(intruder, base + "/supervision", Fixtures.supervision()).statusCode(403);
        asApplicant(intruder).when().post(base + "/submit").then().statusCode(403);
        asApplicant(intruder).contentType(ContentType.JSON).body(Map.of())
                .when().post(base + "/withdraw").then().statusCode(403);
        asApplicant(intruder).when().get(base + "/documents/" + documentId + "/content").then().statusCode(403);
        asApplicant(intruder).when().delete(base + "/documents/" + documentId).then().statusCode(403);
        Fixtures.upload(intruder, id, "application/pdf", Fixtures.pdf()).statusCode(403);
        asApplicant(intruder).when().get("/api/v1/applications")
                .then().statusCode(200).body("items.id", not(hasItem(id)));

        // Nothing changed, and staff read it.
        get(owner, id).statusCode(200).body("evidence.trainings", empty()).body("evidence.supervision", nullValue())
                .body("status", equalTo("DRAFT")).body("documents", hasSize(1));
        asReviewer().when().get(base).then().statusCode(200).body("applicant.subject", equalTo(owner));
        // ... but staff do not edit an applicant's draft.
        Fixtures.asReviewer().contentType(ContentType.JSON).body(Fixtures.supervision())
                .when().put(base + "/supervision").then().statusCode(403);
    }

    @Test
    void editsListSectionsItemByItemWithTheApplicationVersionAsETag() {
        String subject = applicant();
        String id = open(subject, "IMC_CPM");
        String base = "/api/v1/applications/" + id;
        String document = uploadPdf(subject, id);
        String before = etag(subject, id);

        var added = post(subject, base + "/trainings", training(document)).statusCode(201).extract();
        String trainingId = added.path("trainingId");
        String afterAdd = added.header("ETag");
        assertNotEquals(before, afterAdd);
        assertTrue(added.header("Location").endsWith(base + "/trainings/" + trainingId), added.header("Location"));

        Map<String, Object> changed = training(document);
        changed.put("hours", 40.5);
        changed.put("mode", "ONLINE");
        String afterReplace = asApplicant(subject).contentType(ContentType.JSON).header("If-Match", afterAdd).body(changed)
                .when().put(base + "/trainings/" + trainingId)
                .then().statusCode(200).body("hours", equalTo(40.5f)).body("source", equalTo("APPLICANT"))
                .body("verified", equalTo(false)).extract().header("ETag");

        // A client still holding the older ETag is told, not silently overwritten.
        asApplicant(subject).contentType(ContentType.JSON).header("If-Match", afterAdd).body(training(document))
                .when().put(base + "/trainings/" + trainingId)
                .then().statusCode(412).contentType(PROBLEM).body("currentETag", equalTo(afterReplace));

        get(subject, id).header("ETag", equalTo(afterReplace))
                .body("evidence.trainings", hasSize(1))
                .body("evidence.trainings[0].mode", equalTo("ONLINE"))
                .body("evidence.trainings[0].documentId", equalTo(document));

        asApplicant(subject).header("If-Match", afterReplace).when().delete(base + "/trainings/" + trainingId)
                .then().statusCode(204).header("ETag", notNullValue());
        get(subject, id).body("evidence.trainings", empty());
        asApplicant(subject).when().delete(base + "/trainings/" + trainingId).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void refusesSectionsThatBreakTheirRules() {
        String subject = applicant();
        String id = open(subject, "IMC_CPM");
        String base = "/api/v1/applications/" + id;
        String otherOwner = applicant();
        String otherApplication = open(otherOwner, "IMC_CPM");

        Map<String, Object> foreignDocument = training(java.util.UUID.randomUUID().toString());
        foreignDocument.put("evidence", "PARTNER_RECORD");
        foreignDocument.put("endDate", "2024-12-31");
        post(subject, base + "/trainings", foreignDocument).statusCode(400).contentType(PROBLEM)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("documentId", "evidence", "endDate"));

        Map<String, Object> incomplete = new LinkedHashMap<>(training(null));
        incomplete.put("hours", -1);
        incomplete.put("mode", "TELEPATHY");
        post(subject, base + "/trainings", incomplete).statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("mode"));

        Map<String, Object> ongoing = engagement("Jonas Berg");
        ongoing.put("endDate", null);
        post(subject, base + "/engagements", ongoing).statusCode(400).body("violations.field", contains("endDate"));

        String engagementId = post(subject, base + "/engagements", engagement("Jonas Berg")).statusCode(201)
                .extract().path("engagementId");
        Map<String, Object> letterWithoutDocument = Fixtures.contactReference("Maria Lopez");
        letterWithoutDocument.put("kind", "LETTER");
        put(subject, base + "/engagements/" + engagementId + "/reference", letterWithoutDocument)
                .statusCode(400).body("violations.field", contains("documentId"));
        Map<String, Object> contactWithoutConsent = Fixtures.contactReference("Maria Lopez");
        contactWithoutConsent.put("consentToContact", false);
        contactWithoutConsent.put("refereeEmail", null);
        put(subject, base + "/engagements/" + engagementId + "/reference", contactWithoutConsent)
                .statusCode(400).body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("consentToContact", "refereeEmail"));

        put(subject, base + "/ethics", Map.of("accepted", false, "codeVersion", "2024-01"))
                .statusCode(400).body("violations.field", contains("accepted"));

        // A document of another application is not evidence for this one.
        String foreign = uploadPdf(otherOwner, otherApplication);
        put(subject, base + "/contribution", Map.of("statement", "x", "documentIds", List.of(foreign)))
                .statusCode(400).body("violations.field", contains("documentIds"));

        get(subject, id).body("evidence.trainings", empty()).body("evidence.engagements", hasSize(1))
                .body("evidence.engagements[0].reference", nullValue()).body("evidence.ethics", nullValue())
                .body("evidence.contribution", nullValue());
    }

    @Test
    void editsEverySingleSectionAndAReference() {
        String subject = applicant();
        String id = open(subject, "IPMA_SM_FAST_TRACK");
        String base = "/api/v1/applications/" + id;
        String letter = uploadPdf(subject, id);
        String caseRecord = uploadPdf(subject, id);

        String engagementId = post(subject, base + "/engagements", engagement("Priya Nair")).statusCode(201)
                .extract().path("engagementId");
        Map<String, Object> reference = Fixtures.contactReference("Maria Lopez");
        reference.put("kind", "LETTER");
        reference.put("refereeRole", "MENTEE_MANAGER");
        reference.put("documentId", letter);
        put(subject, base + "/engagements/" + engagementId + "/reference", reference).statusCode(200)
                .body("referenceId", notNullValue()).body("kind", equalTo("LETTER"));
        put(subject, base + "/supervision", Fixtures.supervision()).statusCode(200).body("focus", equalTo("BOTH"));
        put(subject, base + "/education", Map.of("level", "MASTER", "institution", "University of Example",
                "qualification", "MSc", "awardedOn", "2015-07-01")).statusCode(200).body("documentId", nullValue());
        put(subject, base + "/experience", Map.of("seniorManagementYears", 12, "headOfInstitution", true,
                "mentoringCoachingYears", 4, "caseRecordDocumentIds", List.of(caseRecord, caseRecord)))
                .statusCode(400).body("violations.field", contains("institutionSize"));
        put(subject, base + "/experience", Map.of("seniorManagementYears", 12, "headOfInstitution", true,
                "institutionSize", 1500, "mentoringCoachingYears", 4, "caseRecordDocumentIds", List.of(caseRecord, caseRecord)))
                .statusCode(200).body("caseRecordDocumentIds", contains(caseRecord));
        put(subject, base + "/ethics", Fixtures.ethics()).statusCode(200).body("acceptedAt", notNullValue());
        String credentialId = post(subject, base + "/credentials-held", Map.of("body", "EMCC", "credential",
                "Senior Practitioner", "internationalBody", true, "awardedOn", "2019-05-01")).statusCode(201)
                .extract().path("credentialId");

        get(subject, id).statusCode(200)
                .body("evidence.engagements[0].reference.documentId", equalTo(letter))
                .body("evidence.supervision.supervisorName", equalTo("Helen Carter"))
                .body("evidence.education.level", equalTo("MASTER"))
                .body("evidence.experience.institutionSize", equalTo(1500))
                .body("evidence.ethics.codeVersion", equalTo("2024-01"))
                .body("evidence.credentialsHeld[0].credentialId", equalTo(credentialId));

        asApplicant(subject).when().delete(base + "/supervision").then().statusCode(204);
        asApplicant(subject).when().delete(base + "/engagements/" + engagementId + "/reference").then().statusCode(204);
        asApplicant(subject).when().delete(base + "/credentials-held/" + credentialId).then().statusCode(204);
        get(subject, id).body("evidence.supervision", nullValue())
                .body("evidence.engagements[0].reference", nullValue())
                .body("evidence.credentialsHeld", empty());
    }

    @Test
    void reviewersListAndFilterAllApplicationsApplicantsOnlyTheirOwn() {
        String subject = applicant();
        String am = open(subject, "IPMA_AM");
        String mm = open(subject, "IPMA_MM");
        String someoneElses = open(applicant(), "IPMA_AM");

        asApplicant(subject).when().get("/api/v1/applications")
                .then().statusCode(200).body("total", equalTo(2)).body("items.id", org.hamcrest.Matchers.containsInAnyOrder(am, mm));
        asApplicant(subject).queryParam("programme", "IPMA_MM").when().get("/api/v1/applications")
                .then().statusCode(200).body("items.id", contains(mm));

        asReviewer().queryParam("programme", "IPMA_AM").queryParam("status", "DRAFT").queryParam("size", 200)
                .when().get("/api/v1/applications")
                .then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItems(am, someoneElses))
                .body("items.id", not(hasItem(mm)))
                .body("items.programme", everyItem(equalTo("IPMA_AM")))
                .body("items.status", everyItem(equalTo("DRAFT")));
        asReviewer().queryParam("size", 1).queryParam("page", 1).when().get("/api/v1/applications")
                .then().statusCode(200).body("items", hasSize(1)).body("size", equalTo(1)).body("page", equalTo(1));
        asReviewer().queryParam("status", "LOST").when().get("/api/v1/applications")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("status"));
        Fixtures.as("finance", "finance-1").when().get("/api/v1/applications").then().statusCode(403);
    }
}
