package org.mentorcred.exam.privacy;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.mentorcred.exam.ExamFixtures;
import org.mentorcred.exam.ExamFixtures.Candidate;
import org.mentorcred.infra.test.EventContracts;
import org.mentorcred.infra.test.TestProducer;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/** ApplicantErased: the candidate's name, e-mail and place are anonymised; the authorisation itself stays. */
@QuarkusTest
class ApplicantErasedTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    DataSource db;

    @Test
    void theCandidatesContactIsAnonymisedAndTheAuthorisationKept() throws Exception {
        try (TestProducer producer = new TestProducer(bootstrap)) {
            Candidate candidate = ExamFixtures.authorize(producer, "PM", 3);
            ObjectNode erased = (ObjectNode) EventContracts.exampleTree("application-service", "ApplicantErased");
            erased.put("applicationId", candidate.applicationId());
            erased.put("applicantId", candidate.applicantId());
            erased.put("subject", candidate.subject());
            producer.sendEvent(ExamFixtures.APPLICATION_EVENTS, candidate.applicationId(), UUID.randomUUID().toString(),
                    EventContracts.ceType("application-service", "ApplicantErased"), erased.toString());
            await().atMost(Duration.ofSeconds(30)).until(() -> "Erased".equals(text(
                    "SELECT candidate_name FROM exam_authorization WHERE application_id = ?::uuid",
                    candidate.applicationId())));
            assertEquals("erased-" + candidate.applicantId() + "@erased.invalid", text(
                    "SELECT candidate_email FROM exam_authorization WHERE application_id = ?::uuid",
                    candidate.applicationId()));
            assertEquals(null, text("SELECT city FROM exam_authorization WHERE application_id = ?::uuid",
                    candidate.applicationId()));
            io.restassured.RestAssured.given().header("Authorization", candidate.bearer())
                    .queryParam("applicationId", candidate.applicationId())
                    .when().get("/api/v1/authorizations")
                    .then().statusCode(200).body("total", equalTo(1));
        }
    }

    private String text(String sql, String parameter) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : "(no row)";
            }
        }
    }
}
