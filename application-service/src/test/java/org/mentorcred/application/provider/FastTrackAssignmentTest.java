package org.mentorcred.application.provider;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorcred.application.support.Fixtures.asAdmin;
import static org.mentorcred.application.support.Fixtures.createProfile;
import static org.mentorcred.application.support.Fixtures.createProvider;
import static org.mentorcred.application.support.Fixtures.fresh;
import static org.mentorcred.application.support.Fixtures.open;
import static org.mentorcred.application.support.Fixtures.post;
import static org.mentorcred.application.support.Fixtures.profile;
import static org.mentorcred.application.support.Fixtures.provider;
import static org.mentorcred.application.support.Fixtures.put;
import static org.mentorcred.application.support.Fixtures.submit;
import static org.mentorcred.application.support.Fixtures.uploadPdf;
import static org.mentorcred.infra.test.TopicProbe.ofType;
import static org.mentorcred.infra.test.TopicProbe.withKey;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.mentorcred.infra.test.EventContracts;
import org.mentorcred.infra.test.TopicProbe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class FastTrackAssignmentTest {

    static final String SUBMITTED = "org.mentorcred.application.ApplicationSubmitted.v1";
    static final String ASSIGNED = "org.mentorcred.application.TrainingProviderAssigned.v1";
    static final Duration WAIT = Duration.ofSeconds(30);
    static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** An applicant in Reykjavik with a complete fast-track application. */
    static String[] completeFastTrackApplicant() {
        String subject = fresh("elite");
        Map<String, Object> profile = profile(subject + "@example.org", 64.1466, -21.9426);
        profile.put("country", "IS");
        profile.put("city", "Reykjavík");
        profile.put("preferredLanguage", "is");
        createProfile(subject, profile);
        String id = open(subject, "IPMA_SM_FAST_TRACK");
        String base = "/api/v1/applications/" + id;
        String proof = uploadPdf(subject, id);
        put(subject, base + "/education", Map.of("level", "DOCTORATE", "institution", "Háskóli Íslands",
                "qualification", "PhD Education", "awardedOn", "2008-06-01")).statusCode(200);
        put(subject, base + "/experience", Map.of("seniorManagementYears", 14, "headOfInstitution", false,
                "mentoringCoachingYears", 0)).statusCode(200);
        put(subject, base + "/ethics", Map.of("accepted", true, "codeVersion", "2024-01")).statusCode(200);
        post(subject, base + "/credentials-held", Map.of("body", "ICF", "credential", "Professional Certified Coach",
                "internationalBody", true, "awardedOn", "2018-09-01", "documentId", proof)).statusCode(201);
        return new String[] { subject, id };
    }

    @Test
    void aFastTrackSubmissionGetsTheNearestActiveQtsp() throws Exception {
        deactivateEveryQtsp(); // the candidates are exactly these:
        String nearest = createProvider(provider(fresh("Hafnarfjordur QTSP"), "QTSP", 64.0671, -21.9377, true));
        createProvider(provider(fresh("Akureyri QTSP"), "QTSP", 65.6885, -18.1262, true));
        createProvider(provider(fresh("Inactive QTSP next door"), "QTSP", 64.1470, -21.9400, false));
        createProvider(provider(fresh("Accredited centre next door"), "ACCREDITED", 64.1466, -21.9426, true));
        String[] applicant = completeFastTrackApplicant();
        String subject = applicant[0];
        String id = applicant[1];
        double expectedKm = Math.round(GreatCircle.distanceKm(64.1466, -21.9426, 64.0671, -21.9377) * 10) / 10.0;

        try (TopicProbe probe = TopicProbe.fromNow(bootstrap, "application-events")) {
            submit(subject, id).statusCode(200)
                    .body("status", equalTo("SUBMITTED"))
                    .body("trainingProvider.status", equalTo("ASSIGNED"))
                    .body("trainingProvider.providerId", equalTo(nearest))
                    .body("trainingProvider.distanceKm", equalTo((float) expectedKm))
                    .body("trainingProvider.contactEmail", notNullValue());

            List<ConsumerRecord<String, String>> events = probe.await(withKey(id), 2, WAIT);
            assertEquals(SUBMITTED, TopicProbe.header(events.get(0), "ce_type"), "announced in commit order");
            ConsumerRecord<String, String> assigned = probe.awaitOne(ofType(ASSIGNED).and(withKey(id)), WAIT);
            EventContracts.assertValid("application-service", "TrainingProviderAssigned", assigned.value());
            EventContracts.assertValid("application-service", "ApplicationSubmitted", events.get(0).value());
            JsonNode event = JSON.readTree(assigned.value());
            assertEquals(nearest, event.at("/provider/providerId").asText());
            assertEquals(expectedKm, event.get("distanceKm").asDouble());
            assertEquals("Reykjavík", event.at("/applicant/city").asText());
            assertEquals("is", event.at("/applicant/preferredLanguage").asText());
            assertEquals("IPMA_SM_FAST_TRACK", event.get("programme").asText());
            assertTrue(event.at("/provider/email").asText().startsWith("programmes@"));
            JsonNode submitted = JSON.readTree(events.get(0).value());
            assertEquals(1, submitted.at("/evidence/credentialsHeld").size());
            assertEquals("DOCTORATE", submitted.at("/evidence/education/level").asText());
        }
    }

    /** No active QTSP: the submission still succeeds and waits; the first QTSP an admin activates is assigned. */
    @Test
    void withoutAnActiveQtspTheApplicationWaitsForOne() throws Exception {
        deactivateEveryQtsp();
        String[] applicant = completeFastTrackApplicant();
        String subject = applicant[0];
        String id = applicant[1];
        submit(subject, id).statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("trainingProvider.status", equalTo("PENDING"))
                .body("trainingProvider.providerId", nullValue());
        List<String> types = asAdmin().queryParam("status", "ALL").queryParam("size", 200)
                .when().get("/api/v1/admin/outbox/events").then().extract()
                .path("items.findAll { it.key == '" + id + "' }.type");
        assertEquals(List.of(SUBMITTED), types, "submitted, but no provider announced");

        try (TopicProbe probe = TopicProbe.fromNow(bootstrap, "application-events")) {
            Map<String, Object> qtsp = provider(fresh("Sydney QTSP"), "QTSP", -33.8688, 151.2093, false);
            String providerId = createProvider(qtsp);
            getApplication(subject, id).body("trainingProvider.status", equalTo("PENDING")); // inactive: not yet

            qtsp.put("active", true);
            asAdmin().contentType(ContentType.JSON).body(qtsp).when().put("/api/v1/admin/training-providers/" + providerId)
                    .then().statusCode(200);
            getApplication(subject, id).body("trainingProvider.status", equalTo("ASSIGNED"))
                    .body("trainingProvider.providerId", equalTo(providerId));
            ConsumerRecord<String, String> assigned = probe.awaitOne(ofType(ASSIGNED).and(withKey(id)), WAIT);
            EventContracts.assertValid("application-service", "TrainingProviderAssigned", assigned.value());
            assertEquals(providerId, JSON.readTree(assigned.value()).at("/provider/providerId").asText());
        }
    }

    private static io.restassured.response.ValidatableResponse getApplication(String subject, String id) {
        return org.mentorcred.application.support.Fixtures.get(subject, id).statusCode(200);
    }

    private static void deactivateEveryQtsp() {
        List<Map<String, Object>> active = asAdmin().queryParam("type", "QTSP").queryParam("active", "true")
                .queryParam("size", 200).when().get("/api/v1/admin/training-providers")
                .then().statusCode(200).extract().path("items");
        for (Map<String, Object> p : active) {
            Map<String, Object> input = new java.util.LinkedHashMap<>(p);
            List.of("id", "version", "createdAt", "updatedAt").forEach(input::remove);
            input.put("active", false);
            asAdmin().contentType(ContentType.JSON).body(input).when().put("/api/v1/admin/training-providers/" + p.get("id"))
                    .then().statusCode(200);
        }
    }
}
