package org.mentorcred.systemtests.journeys;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.mentorcred.systemtests.World.ASYNC;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.mentorcred.systemtests.World;
import org.mentorcred.systemtests.api.Applicant;
import org.mentorcred.systemtests.api.ApplicationApi;
import org.mentorcred.systemtests.api.ExamApi;
import org.mentorcred.systemtests.support.Ids;
import org.mentorcred.systemtests.api.PaymentApi;

import io.restassured.path.json.JsonPath;

/** The steps the journeys share: awaiting a status, paying the invoice, a partner's training records. */
final class Steps {

    private final World world;

    Steps(World world) {
        this.world = world;
    }

    /** Waits until the application reaches {@code status}; returns the application as its owner sees it. */
    JsonPath awaitStatus(Applicant applicant, String id, String status) {
        return Awaitility.await(id + " " + status).atMost(ASYNC)
                .until(() -> world.apis().application().get(applicant, id).statusCode(200).extract().jsonPath(),
                        app -> status.equals(app.getString("status")));
    }

    /** The application's one invoice, once issued. */
    JsonPath awaitInvoice(Applicant applicant, String id) {
        return Awaitility.await("the invoice of " + id).atMost(ASYNC)
                .until(() -> world.apis().payment().invoices(applicant, id).statusCode(200).extract().jsonPath(),
                        page -> page.getInt("total") == 1)
                .setRootPath("items[0]");
    }

    /** Pays the invoice with a good card; returns the invoice (as it was before payment). */
    JsonPath pay(Applicant applicant, String id, String expectedTotal) {
        JsonPath invoice = awaitInvoice(applicant, id);
        assertThat(invoice.prettify(), invoice.getString("total"), equalTo(expectedTotal));
        world.apis().payment().pay(applicant, invoice.getString("id"), UUID.randomUUID().toString(),
                PaymentApi.CARD_SUCCEEDS).then().statusCode(201).body("status", equalTo("SUCCEEDED"));
        return invoice;
    }

    /** A partner provider as its admin set it up: its id, its contact email and one API key. */
    record Partner(String id, String email, String key) {
    }

    /** A new active partner provider of {@code type} at the place, with an API key created by an admin. */
    Partner partner(String type, String domain, double latitude, double longitude) {
        ApplicationApi api = world.apis().application();
        String email = Ids.fresh("office") + "@" + domain;
        String provider = api.createProvider("Provider " + UUID.randomUUID().toString().substring(0, 6), type,
                email, latitude, longitude);
        return new Partner(provider, email, api.createApiKey(provider));
    }

    /** A new partner provider's API key. */
    String partnerKey(String type, String domain, double latitude, double longitude) {
        return partner(type, domain, latitude, longitude).key();
    }

    /** The partner pushes the records (a batch): each created. */
    void push(String apiKey, List<Map<String, Object>> records) {
        world.apis().application().pushCompletions(apiKey, records).statusCode(200)
                .body("created", equalTo(records.size())).body("rejected", equalTo(0));
    }

    /** notification-service's log of the application: each template sent once to {@code recipient}. */
    void assertEmailsSentOnce(String id, String recipient, String... templates) {
        assertThat(world.apis().notification().log(id).stream()
                .filter(n -> recipient.equalsIgnoreCase(String.valueOf(n.get("recipient"))))
                .map(n -> n.get("template") + " " + n.get("status")).toList(),
                containsInAnyOrder(java.util.Arrays.stream(templates).map(t -> t + " SENT").toArray()));
        assertThat(world.mailbox().to(recipient), hasSize(templates.length));
    }

    /** Each event of the application's journey published once (distinct event ids). */
    void assertEventsOnce(String id, String... types) {
        for (String type : types) {
            assertThat(type, world.trail().distinct(type, id), hasSize(1));
        }
    }

    /**
     * The candidate books a session of {@code level} a month ahead (bookings close a week before a session);
     * the admin then moves it to start in a few seconds, as if the day had come; once it has started the proctor
     * records {@code score} in every topic. Returns the booking id.
     */
    String sitExam(Applicant applicant, String id, String level, double score) {
        ExamApi exams = world.apis().exam();
        String session = exams.createSession(exams.createCentre(Ids.fresh("Centre")), level, 30 * 86_400);
        String bookingId = exams.book(applicant, session).statusCode(201).body("status", equalTo("BOOKED"))
                .extract().path("id");
        awaitStatus(applicant, id, "EXAM_BOOKED");
        exams.moveSession(session, 3).statusCode(200);
        int recorded = Awaitility.await("the exam of " + id + " started").atMost(ASYNC)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> exams.recordResult(bookingId, score).extract().statusCode(), status -> status != 409);
        assertThat("recording the result", recorded, equalTo(201));
        exams.booking(applicant, bookingId).statusCode(200).body("status", equalTo("SAT"));
        return bookingId;
    }
}
