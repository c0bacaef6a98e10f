package org.mentorcred.application.programme;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProgrammeResourceTest {

    @Inject
    ProgrammeCatalogueStore store;

    @Inject
    EntityManager em;

    @Test
    void publishesTheCatalogueWithoutSignIn() {
        given().when().get("/api/v1/programmes").then().statusCode(200)
                .body("version", equalTo("2026-12"))
                .body("programmes.code", containsInAnyOrder("IMC_CPM", "IPMA_AM", "IPMA_PM", "IPMA_SM", "IPMA_MM",
                        "IPMA_SM_FAST_TRACK"))
                .body("programmes.find { it.code == 'IMC_CPM' }.requirements.field",
                        contains("trainings", "engagements", "references", "supervision"));
        given().when().get("/api/v1/programmes/IPMA_SM").then().statusCode(200)
                .body("requirements.find { it.field == 'prerequisite' }.anyOf", contains("credentialsHeld", "trainings"));
        given().when().get("/api/v1/programmes/IPMA_SM_FAST_TRACK").then().statusCode(200).body("awards", equalTo("IPMA_SM"));
        given().when().get("/api/v1/programmes/IMC_XYZ").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theLoadedVersionIsRecordedAndItsContentMayNotChangeUnderTheSameVersion() {
        String stored = (String) em.createNativeQuery("SELECT checksum FROM programme_catalogue WHERE version = '2026-12'")
                .getSingleResult();
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("UPDATE programme_catalogue SET checksum = 'tampered' WHERE version = '2026-12'")
                .executeUpdate());
        try {
            InvalidCatalogueException e = assertThrows(InvalidCatalogueException.class, () -> store.load(null));
            assertTrue(e.getMessage().contains("new version"), e.getMessage());
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em
                    .createNativeQuery("UPDATE programme_catalogue SET checksum = ?1 WHERE version = '2026-12'")
                    .setParameter(1, stored).executeUpdate());
        }
        store.load(null); // the original content loads again
        assertEquals("2026-12", store.current().version());
    }
}
