package org.mentorcred.eligibility.privacy;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.mentorcred.eligibility.Submissions.APPLICATION_EVENTS;
import static org.mentorcred.eligibility.Submissions.ELIGIBILITY_EVENTS;
import static org.mentorcred.eligibility.Submissions.SUBMITTED;
import static org.mentorcred.eligibility.Submissions.awaitDecided;
import static org.mentorcred.eligibility.Submissions.example;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.mentorcred.infra.test.EventContracts;
import org.mentorcred.infra.test.TestProducer;
import org.mentorcred.infra.test.TestTokens;
import org.mentorcred.infra.test.TopicProbe;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/** ApplicantErased: the published copies of the application's events are forgotten; the decision stays. */
@QuarkusTest
class ApplicantErasedTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    DataSource db;

    @Test
    void theApplicationsPublishedEventsAreForgottenOnceAndTheDecisionIsKept() throws Exception {
        UUID applicationId = UUID.randomUUID();
        String subject = "erased-" + applicationId;
        try (TestProducer producer = new TestProducer(bootstrap);
                TopicProbe probe = TopicProbe.fromNow(bootstrap, ELIGIBILITY_EVENTS)) {
            producer.sendEvent(APPLICATION_EVENTS, applicationId.toString(), SUBMITTED,
                    example(applicationId, subject).toString());
            awaitDecided(probe, applicationId);
            await().atMost(Duration.ofSeconds(30)).until(() -> sentEvents(applicationId) == 1);

            ObjectNode erased = (ObjectNode) EventContracts.exampleTree("application-service", "ApplicantErased");
            erased.put("applicationId", applicationId.toString());
            String ceType = EventContracts.ceType("application-service", "ApplicantErased");
            String eventId = UUID.randomUUID().toString();
            producer.sendEvent(APPLICATION_EVENTS, applicationId.toString(), eventId, ceType, erased.toString());
            await().atMost(Duration.ofSeconds(30)).until(() -> sentEvents(applicationId) == 0);
            // Redelivered: applied once (the inbox), nothing else happens.
            producer.sendEvent(APPLICATION_EVENTS, applicationId.toString(), eventId, ceType, erased.toString());
            await().atMost(Duration.ofSeconds(30)).until(() -> processed(eventId) == 1);
        }
        io.restassured.RestAssured.given().header("Authorization", TestTokens.bearer("applicant", subject))
                .when().get("/api/v1/eligibility/decisions/{id}", applicationId)
                .then().statusCode(200).body("applicationId", equalTo(applicationId.toString()));
    }

    private long sentEvents(UUID applicationId) throws Exception {
        return count("SELECT count(*) FROM outbox_event WHERE message_key = ? AND sent_at IS NOT NULL",
                applicationId.toString());
    }

    private long processed(String eventId) throws Exception {
        return count("SELECT count(*) FROM processed_event WHERE event_id = ?", eventId);
    }

    private long count(String sql, String parameter) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
