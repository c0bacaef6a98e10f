package org.mentorcred.application.document;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.mentorcred.application.support.Fixtures.PROBLEM;
import static org.mentorcred.application.support.Fixtures.applicant;
import static org.mentorcred.application.support.Fixtures.asApplicant;
import static org.mentorcred.application.support.Fixtures.asReviewer;
import static org.mentorcred.application.support.Fixtures.get;
import static org.mentorcred.application.support.Fixtures.jpeg;
import static org.mentorcred.application.support.Fixtures.open;
import static org.mentorcred.application.support.Fixtures.pdf;
import static org.mentorcred.application.support.Fixtures.png;
import static org.mentorcred.application.support.Fixtures.post;
import static org.mentorcred.application.support.Fixtures.training;
import static org.mentorcred.application.support.Fixtures.upload;
import static org.mentorcred.application.support.Fixtures.uploadPdf;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mentorcred.application.common.Sha256;
import org.mentorcred.application.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DocumentTest {

    static final int TEN_MB = 10 * 1024 * 1024;

    @ParameterizedTest
    @CsvSource({ "application/pdf, pdf", "image/png, png", "image/jpeg, jpeg" })
    void storesADocumentWithItsChecksumAndReturnsTheSameBytes(String contentType, String kind) {
        byte[] bytes = switch (kind) {
            case "pdf" -> pdf();
            case "png" -> png();
            default -> jpeg();
        };
        String subject = applicant();
        String id = open(subject, "IMC_CPM");
        String documentId = asApplicant(subject).contentType(contentType).body(bytes)
                .queryParam("filename", "C:\\scans\\Zertifikat für Jonas." + kind)
                .when().post("/api/v1/applications/" + id + "/documents")
                .then().statusCode(201)
                .body("contentType", equalTo(contentType))
                .body("sizeBytes", equalTo(bytes.length))
                .body("sha256", equalTo(HexFormat.of().formatHex(Sha256.digest(bytes))))
                .body("filename", equalTo("Zertifikat für Jonas." + kind))
                .extract().path("documentId");

        byte[] downloaded = asApplicant(subject).when().get("/api/v1/applications/" + id + "/documents/" + documentId + "/content")
                .then().statusCode(200)
                .contentType(contentType)
                .header("Content-Disposition", containsString("filename*=UTF-8''Zertifikat%20f%C3%BCr%20Jonas." + kind))
                .header("X-Content-Type-Options", "nosniff")
                .extract().asByteArray();
        assertArrayEquals(bytes, downloaded);

        byte[] asReviewed = asReviewer().when().get("/api/v1/applications/" + id + "/documents/" + documentId + "/content")
                .then().statusCode(200).extract().asByteArray();
        assertArrayEquals(bytes, asReviewed);
        get(subject, id).body("documents.documentId", contains(documentId));
    }

    @Test
    void bytesThatAreNotAPdfButAreDeclaredAsOneAreRefused() {
        String subject = applicant();
        String id = open(subject, "IMC_CPM");
        upload(subject, id, "application/pdf", png()).statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/content-type-mismatch"))
                .body("declaredType", equalTo("application/pdf"))
                .body("detectedType", equalTo("image/png"))
                .body("violations[0].field", equalTo("content"));
        upload(subject, id, "application/pdf", "just some text, not a PDF".getBytes(StandardCharsets.UTF_8))
                .statusCode(422).body("detectedType", equalTo("unknown"));
        upload(subject, id, "image/jpeg", pdf()).statusCode(422).body("detectedType", equalTo("application/pdf"));
        upload(subject, id, "application/pdf", new byte[0]).statusCode(422);
        get(subject, id).body("documents", hasSize(0));
    }

    @Test
    void refusesTypesOtherThanPdfPngAndJpeg() {
        String subject = applicant();
        String id = open(subject, "IMC_CPM");
        upload(subject, id, "text/plain", "hello".getBytes(StandardCharsets.UTF_8)).statusCode(415).contentType(PROBLEM);
        upload(subject, id, "application/zip", new byte[] { 'P', 'K', 3, 4 }).statusCode(415).contentType(PROBLEM);
    }

    @Test
    void refusesADocumentOverTheSizeLimitWithAProblem() {
        String subject = applicant();
        String id = open(subject, "IMC_CPM");
        byte[] tooLarge = new byte[TEN_MB + 1];
        System.arraycopy(pdf(), 0, tooLarge, 0, pdf().length);
        upload(subject, id, "application/pdf", tooLarge).statusCode(413).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/document-too-large"))
                .body("maxBytes", equalTo(TEN_MB));
        get(subject, id).body("documents", hasSize(0));
    }

    @Test
    void deletesOnlyAnUnusedDocumentOfADraft() {
        String subject = applicant();
        String id = open(subject, "IMC_CPM");
        String base = "/api/v1/applications/" + id;
        String spare = uploadPdf(subject, id);
        String certificate = uploadPdf(subject, id);
        post(subject, base + "/trainings", training(certificate)).statusCode(201);

        asApplicant(subject).when().delete(base + "/documents/" + certificate)
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/document-in-use"))
                .body("usedBy", contains("trainings"));
        asApplicant(subject).when().delete(base + "/documents/" + spare).then().statusCode(204);
        asApplicant(subject).when().get(base + "/documents/" + spare).then().statusCode(404).contentType(PROBLEM);
        get(subject, id).body("documents.documentId", contains(certificate));
        asReviewer().when().delete(base + "/documents/" + certificate).then().statusCode(403);
    }

    @Test
    void aSubmittedApplicationsDocumentsStayButCanNoLongerBeDeleted() {
        String subject = applicant();
        String id = open(subject, "IPMA_AM");
        String base = "/api/v1/applications/" + id;
        String letter = uploadPdf(subject, id);
        post(subject, base + "/engagements", Fixtures.engagement("Jonas Berg")).statusCode(201);
        Fixtures.put(subject, base + "/ethics", Fixtures.ethics()).statusCode(200);
        Fixtures.submit(subject, id).statusCode(200);

        asApplicant(subject).when().delete(base + "/documents/" + letter)
                .then().statusCode(409).contentType(PROBLEM).body("currentState", equalTo("SUBMITTED"));
        asApplicant(subject).when().get(base + "/documents/" + letter).then().statusCode(200)
                .body("documentId", equalTo(letter));
        asApplicant(subject).when().get(base + "/documents/" + java.util.UUID.randomUUID())
                .then().statusCode(404);
    }
}
