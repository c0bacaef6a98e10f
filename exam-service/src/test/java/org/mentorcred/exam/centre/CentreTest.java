package org.mentorcred.exam.centre;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.mentorcred.exam.ExamFixtures.admin;
import static org.mentorcred.exam.ExamFixtures.centreBody;
import static org.mentorcred.exam.ExamFixtures.createCentre;
import static org.mentorcred.exam.ExamFixtures.daysAhead;
import static org.mentorcred.exam.ExamFixtures.session;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mentorcred.infra.test.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class CentreTest {

    static final String PROBLEM = "application/problem+json";

    @Test
    void anAdminCreatesACentreAnyoneReadsIt() {
        String id = given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body(centreBody("Centre Nairobi", "KE", "Nairobi", -1.2921, 36.8219, "Africa/Nairobi", 30))
                .when().post("/api/v1/centres")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/centres/"))
                .body("active", equalTo(true))
                .body("version", equalTo(0))
                .extract().path("id");

        given().when().get("/api/v1/centres/" + id)
                .then().statusCode(200)
                .body("name", equalTo("Centre Nairobi"))
                .body("country", equalTo("KE"))
                .body("timeZone", equalTo("Africa/Nairobi"))
                .body("latitude", equalTo(-1.2921f))
                .body("seatsPerSession", equalTo(30));
    }

    @Test
    void onlyAdminsWriteCentres() {
        Map<String, Object> body = centreBody("Centre X", "GB", "London", 51.5, -0.12, "Europe/London", 10);
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/centres")
                .then().statusCode(401).contentType(PROBLEM);
        given().header("Authorization", TestTokens.bearer("proctor", "p-1")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/centres")
                .then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void anInvalidCentreIsA400ListingEachField() {
        Map<String, Object> body = centreBody("", "XX", "London", 95.0, -0.12, "Mars/Olympus", 0);
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/centres")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", containsInAnyOrder("name", "country", "latitude", "timeZone", "seatsPerSession"));
        Map<String, Object> offset = centreBody("Centre", "GB", "London", 51.5, -0.12, "+01:00", 10);
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(offset)
                .when().post("/api/v1/centres")
                .then().statusCode(400).body("violations.field", contains("timeZone"));
    }

    @Test
    void anUpdateNeedsTheCurrentVersion() {
        Map<String, Object> body = centreBody("Centre Lagos", "NG", "Lagos", 6.5244, 3.3792, "Africa/Lagos", 20);
        String id = createCentre(body);

        body.put("seatsPerSession", 25);
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/centres/" + id)
                .then().statusCode(400).body("violations.field", contains("version"));
        body.put("version", 0);
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/centres/" + id)
                .then().statusCode(200).body("seatsPerSession", equalTo(25)).body("version", equalTo(1));
        body.put("seatsPerSession", 40);
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/centres/" + id)
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/stale-version"))
                .body("currentVersion", equalTo(1));
        given().when().get("/api/v1/centres/" + id).then().body("seatsPerSession", equalTo(25));
    }

    @Test
    void aCentreWithSessionsIsDeactivatedNotDeleted() {
        String empty = createCentre(centreBody("Centre Empty", "FR", "Lyon", 45.764, 4.8357, "Europe/Paris", 10));
        given().header("Authorization", admin()).when().delete("/api/v1/centres/" + empty).then().statusCode(204);
        given().when().get("/api/v1/centres/" + empty).then().statusCode(404).contentType(PROBLEM);

        String used = createCentre(centreBody("Centre Used", "FR", "Lyon", 45.764, 4.8357, "Europe/Paris", 10));
        session(used, "AM", daysAhead(30), 10);
        given().header("Authorization", admin()).when().delete("/api/v1/centres/" + used)
                .then().statusCode(409).body("type", equalTo("https://mentorcred.org/problems/centre-has-sessions"));
    }

    @Test
    void theNearestActiveCentresComeFirstWithTheirGreatCircleDistance() {
        // A region of its own (the Azores), so centres of other tests do not interfere.
        String pontaDelgada = createCentre(centreBody("Centre Ponta Delgada " + UUID.randomUUID(), "PT", "Ponta Delgada",
                37.7412, -25.6756, "Atlantic/Azores", 10));
        String angra = createCentre(centreBody("Centre Angra " + UUID.randomUUID(), "PT", "Angra do Heroismo",
                38.6545, -27.2178, "Atlantic/Azores", 10));
        Map<String, Object> closed = centreBody("Centre Closed " + UUID.randomUUID(), "PT", "Lagoa", 37.745, -25.57,
                "Atlantic/Azores", 10);
        closed.put("active", false);
        String inactive = createCentre(closed);

        // From a point 0.0222° of longitude west of Ponta Delgada: ≈ 1.95 km to it, ≈ 167.2 km to Angra (haversine).
        given().queryParam("lat", "37.7412").queryParam("lon", "-25.6978").queryParam("limit", 2)
                .when().get("/api/v1/centres/nearest")
                .then().statusCode(200)
                .body("centre.id", contains(pontaDelgada, angra))
                .body("[0].distanceKm", equalTo(2.0f))
                .body("[1].distanceKm", equalTo(167.2f))
                .body("centre.id", not(hasItem(inactive)));
    }

    @Test
    void nearestNeedsAValidPoint() {
        given().queryParam("lat", "91").queryParam("lon", "0").when().get("/api/v1/centres/nearest")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("lat"));
        given().queryParam("lat", "north").queryParam("lon", "0").when().get("/api/v1/centres/nearest")
                .then().statusCode(400).body("violations[0].field", equalTo("lat"));
        given().queryParam("lat", "10").when().get("/api/v1/centres/nearest")
                .then().statusCode(400).body("violations[0].field", equalTo("lon"));
    }

    @Test
    void centresAreListedByCountryAndCity() {
        String city = "Testville-" + UUID.randomUUID();
        String a = createCentre(centreBody("Centre A", "CA", city, 45.5, -73.56, "America/Toronto", 10));
        given().queryParam("country", "CA").queryParam("city", city.toUpperCase()).when().get("/api/v1/centres")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(a));
        given().queryParam("country", "Canada").when().get("/api/v1/centres")
                .then().statusCode(400).body("violations[0].field", equalTo("country"));
    }
}
