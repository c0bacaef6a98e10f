package org.mentorcred.systemtests.api;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mentorcred.infra.suite.Suite;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** exam-service's public API: centres and sessions (admin), authorisations, bookings, results (proctor). */
public final class ExamApi extends ServiceClient {

    /** The eight exam topics (exam-service's weight table). */
    public static final List<String> TOPICS = List.of("COACHING_SKILLS", "MENTORING_SKILLS", "SUPERVISION_SKILLS",
            "KNOWLEDGE_MANAGEMENT", "TACIT_KNOWLEDGE_MANAGEMENT", "BUSINESS_SKILLS",
            "TOOLS_METHODOLOGIES_TECHNOLOGIES", "CODE_OF_ETHICS");

    public ExamApi(Suite suite) {
        super(suite, "exam-service");
    }

    /** A new active testing centre in London; returns its id. */
    public String createCentre(String name) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", name);
        c.put("address", "1 Example Street, EC1A 1BB");
        c.put("city", "London");
        c.put("country", "GB");
        c.put("latitude", 51.5072);
        c.put("longitude", -0.1276);
        c.put("timeZone", "Europe/London");
        c.put("seatsPerSession", 20);
        c.put("active", true);
        return asAdmin().contentType(ContentType.JSON).body(c).when().post("/api/v1/centres")
                .then().statusCode(201).extract().path("id");
    }

    /** A session of {@code level} at the centre starting {@code inSeconds} from now; returns its id. */
    public String createSession(String centreId, String level, long inSeconds) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("centreId", centreId);
        s.put("level", level);
        s.put("startsAt", OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(inSeconds).truncatedTo(ChronoUnit.SECONDS)
                .toString());
        s.put("seats", 10);
        return asAdmin().contentType(ContentType.JSON).body(s).when().post("/api/v1/sessions")
                .then().statusCode(201).extract().path("id");
    }

    public ValidatableResponse authorizations(Applicant applicant, String applicationId) {
        return as(applicant).queryParam("applicationId", applicationId).when().get("/api/v1/authorizations").then();
    }

    public ValidatableResponse book(Applicant applicant, String sessionId) {
        return as(applicant).contentType(ContentType.JSON).body(Map.of("sessionId", sessionId))
                .when().post("/api/v1/bookings").then();
    }

    public ValidatableResponse booking(Applicant applicant, String bookingId) {
        return as(applicant).when().get("/api/v1/bookings/" + bookingId).then();
    }

    public ValidatableResponse bookings(Applicant applicant, String applicationId) {
        return as(applicant).queryParam("applicationId", applicationId).when().get("/api/v1/bookings").then();
    }

    /** The proctor records the same score in each of the eight topics. */
    public ValidatableResponse recordResult(String bookingId, double score) {
        List<Map<String, Object>> scores = TOPICS.stream()
                .map(t -> Map.<String, Object>of("topic", t, "score", score)).toList();
        return as("proctor", "proctor-1").contentType(ContentType.JSON).body(Map.of("scores", scores))
                .when().post("/api/v1/bookings/" + bookingId + "/result").then();
    }

    public ValidatableResponse results(Applicant applicant, String applicationId) {
        return as(applicant).queryParam("applicationId", applicationId).when().get("/api/v1/results").then();
    }

    /** The admin moves the session to start {@code inSeconds} from now (booked candidates are told). */
    public ValidatableResponse moveSession(String sessionId, long inSeconds) {
        return asAdmin().contentType(ContentType.JSON).body(Map.of("startsAt", OffsetDateTime.now(ZoneOffset.UTC)
                .plusSeconds(inSeconds).truncatedTo(ChronoUnit.SECONDS).toString()))
                .when().post("/api/v1/sessions/" + sessionId + "/move").then();
    }
}
