package org.mentorcred.application.bench;

import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mentorcred.application.support.Fixtures.PROBLEM;
import static org.mentorcred.application.support.Fixtures.as;
import static org.mentorcred.application.support.Fixtures.asApplicant;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Switched on (as the benchmarks run it): each call inserts exactly one row; only applicants and admins may call. */
@QuarkusTest
@TestProfile(BaselineEndpointEnabledTest.Enabled.class)
class BaselineEndpointEnabledTest {

    public static class Enabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mentorcred.bench.baseline-endpoint.enabled", "true");
        }
    }

    @Inject
    EntityManager em;

    @Test
    void insertsOneRowPerCall() {
        String id = asApplicant("bench-2").when().post("/api/v1/bench/baseline")
                .then().statusCode(201).body("id", notNullValue()).extract().path("id");
        long rows = QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM bench_baseline WHERE id = ?1 AND subject = 'bench-2'")
                .setParameter(1, UUID.fromString(id)).getSingleResult()).longValue());
        assertEquals(1, rows);
    }

    @Test
    void otherRolesAreForbidden() {
        as("reviewer", "reviewer-9").when().post("/api/v1/bench/baseline")
                .then().statusCode(403).contentType(PROBLEM);
    }
}
