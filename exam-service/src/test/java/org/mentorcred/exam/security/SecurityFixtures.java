package org.mentorcred.exam.security;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mentorcred.exam.ExamFixtures;
import org.mentorcred.exam.ExamFixtures.Candidate;
import org.mentorcred.exam.common.Topic;
import org.mentorcred.infra.test.TestProducer;
import org.mentorcred.infra.test.authz.MatrixCall;
import org.mentorcred.infra.test.authz.MatrixFixtures;
import org.mentorcred.infra.test.authz.Principal;

import io.restassured.http.ContentType;

/**
 * Applicant A's exams for the security tests: five AM authorisations (one application each), bookings on a session
 * ten days ahead (to be scored once the clock has moved past it) and on later ones (to cancel, reschedule, read),
 * and the centres and sessions an admin may change or delete.
 */
final class SecurityFixtures implements MatrixFixtures {

    /** How far the service's clock moves after the fixtures are made: past the first session, before the others. */
    static final long DAYS_LATER = 11;

    private final Map<String, String> vars = new HashMap<>();

    static SecurityFixtures create(String bootstrap) {
        SecurityFixtures f = new SecurityFixtures();
        String subject = Principal.APPLICANT_A.subject();
        List<Candidate> auths;
        try (TestProducer producer = new TestProducer(bootstrap)) {
            auths = java.util.stream.IntStream.range(0, 5)
                    .mapToObj(i -> ExamFixtures.send(producer, ExamFixtures.examAuthorized(subject, "AM", 3))).toList();
        }
        auths.forEach(ExamFixtures::awaitAuthorized);
        String centre = ExamFixtures.centre(10);
        int hourOffset = (int) (Math.random() * 20); // several runs against one database never share a slot
        String early = ExamFixtures.session(centre, "AM", at(10, hourOffset), 10);
        String late = ExamFixtures.session(centre, "AM", at(40, hourOffset), 10);
        String open = ExamFixtures.session(centre, "AM", at(50, hourOffset), 10);
        String spare = ExamFixtures.session(centre, "AM", at(60, hourOffset), 10);
        String toMove = ExamFixtures.session(centre, "AM", at(61, hourOffset), 10);
        f.vars.put("centre", centre);
        f.vars.put("emptyCentre", ExamFixtures.centre(5));
        f.vars.put("emptyCentre2", ExamFixtures.centre(5));
        f.vars.put("session", late);
        f.vars.put("openSession", open);
        f.vars.put("spareSession", spare);
        f.vars.put("sessionToMove", toMove);
        f.vars.put("newSessionStart", at(70, hourOffset).toString());
        f.vars.put("application", auths.get(0).applicationId());
        f.vars.put("scoredBooking", book(auths.get(0), early));
        f.vars.put("booking", f.vars.get("scoredBooking"));
        f.vars.put("bookingToScore", book(auths.get(1), early));
        f.vars.put("bookingToCancel", book(auths.get(2), late));
        f.vars.put("bookingToReschedule", book(auths.get(3), late));
        f.vars.put("freeAuthorization", auths.get(4).authorizationId());
        return f;
    }

    /** Moves the service's clock on and records the result of the first booking, as the proctor would. */
    void afterTheFirstSession() {
        ExamFixtures.travelTo(Instant.now().plus(DAYS_LATER, ChronoUnit.DAYS));
        List<Map<String, Object>> scores = java.util.Arrays.stream(Topic.values())
                .map(t -> Map.<String, Object>of("topic", t.name(), "score", 75)).toList();
        vars.put("result", given().header("Authorization", ExamFixtures.proctor()).contentType(ContentType.JSON)
                .body(Map.of("scores", scores))
                .when().post("/api/v1/bookings/{id}/result", vars.get("scoredBooking"))
                .then().statusCode(201).extract().path("id"));
    }

    private static Instant at(int days, int hourOffset) {
        return ExamFixtures.daysAhead(days).plus(hourOffset, ChronoUnit.HOURS);
    }

    private static String book(Candidate candidate, String session) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sessionId", session);
        body.put("authorizationId", candidate.authorizationId());
        return given().header("Authorization", candidate.bearer()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/bookings")
                .then().statusCode(201).extract().path("id");
    }

    @Override
    public Map<String, String> variables(MatrixCall call) {
        return vars;
    }

    Map<String, String> shared() {
        return Map.copyOf(vars);
    }
}
