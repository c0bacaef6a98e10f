package org.mentorcred.application.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mentorcred.application.support.Fixtures.applicant;
import static org.mentorcred.application.support.Fixtures.asAdmin;
import static org.mentorcred.application.support.Fixtures.asApplicant;
import static org.mentorcred.application.support.Fixtures.completeCpm;
import static org.mentorcred.application.support.Fixtures.open;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntSupplier;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Racing requests: the database decides, so exactly one wins however the requests interleave. */
@QuarkusTest
class ConcurrencyTest {

    static final int RACERS = 4;

    @Test
    void racingSubmissionsSubmitOnceAndAnnounceOnce() {
        String subject = applicant();
        String id = open(subject, "IMC_CPM");
        completeCpm(subject, id);

        List<Integer> statuses = race(() -> asApplicant(subject).when().post("/api/v1/applications/" + id + "/submit")
                .then().extract().statusCode());

        assertEquals(1, Collections.frequency(statuses, 200), statuses.toString());
        assertEquals(RACERS - 1, Collections.frequency(statuses, 409), statuses.toString());
        List<String> types = asAdmin().queryParam("status", "ALL").queryParam("size", 200)
                .when().get("/api/v1/admin/outbox/events").then().extract()
                .path("items.findAll { it.key == '" + id + "' }.type");
        assertEquals(List.of("org.mentorcred.application.ApplicationSubmitted.v1"), types);
    }

    @Test
    void racingOpensLeaveOneOpenApplicationPerProgramme() {
        String subject = applicant();
        List<Integer> statuses = race(() -> asApplicant(subject).contentType(ContentType.JSON)
                .body(Map.of("programme", "IPMA_PM")).when().post("/api/v1/applications").then().extract().statusCode());

        assertEquals(1, Collections.frequency(statuses, 201), statuses.toString());
        assertEquals(RACERS - 1, Collections.frequency(statuses, 409), statuses.toString());
        asApplicant(subject).queryParam("programme", "IPMA_PM").when().get("/api/v1/applications")
                .then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(1));
    }

    private static List<Integer> race(IntSupplier request) {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> racers = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            racers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return request.getAsInt();
            }));
        }
        start.countDown();
        return racers.stream().map(CompletableFuture::join).toList();
    }
}
