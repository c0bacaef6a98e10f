package org.mentorcred.application.provider;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.mentorcred.application.support.Fixtures.PROBLEM;
import static org.mentorcred.application.support.Fixtures.asAdmin;
import static org.mentorcred.application.support.Fixtures.asApplicant;
import static org.mentorcred.application.support.Fixtures.asPartner;
import static org.mentorcred.application.support.Fixtures.completion;
import static org.mentorcred.application.support.Fixtures.createKey;
import static org.mentorcred.application.support.Fixtures.createProvider;
import static org.mentorcred.application.support.Fixtures.fresh;
import static org.mentorcred.application.support.Fixtures.provider;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.mentorcred.application.support.Fixtures;
import org.mentorcred.infra.test.TestTokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class PartnerApiTest {

    static final String COMPLETIONS = "/partner/v1/completions";

    @Inject
    AgroalDataSource dataSource;

    record Partner(String providerId, String key) {
    }

    static Partner partner() {
        String providerId = createProvider(provider(fresh("Centre"), "ACCREDITED", 52.52, 13.40, true));
        return new Partner(providerId, createKey(providerId));
    }

    static ValidatableResponse send(Partner partner, Object body) {
        return asPartner(partner.key()).contentType(ContentType.JSON).body(body).when().post(COMPLETIONS).then();
    }

    // --- API keys and who may do what --------------------------------------------------------------

    @Test
    void adminCreatesKeysShownOnceAndListedWithoutSecrets() {
        String providerId = createProvider(provider(fresh("Centre"), "ENDORSED", 52.52, 13.40, true));
        String key = asAdmin().contentType(ContentType.JSON).body(Map.of("label", "ERP"))
                .when().post("/api/v1/admin/training-providers/" + providerId + "/api-keys")
                .then().statusCode(201)
                .body("key", startsWith("mcpk_"))
                .body("label", equalTo("ERP"))
                .extract().path("key");
        String keyId = key.substring(5, 13);

        asAdmin().when().get("/api/v1/admin/training-providers/" + providerId + "/api-keys")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].keyId", equalTo(keyId))
                .body("items[0].key", nullValue())
                .body("items[0].lastUsedAt", nullValue())
                .body(not(org.hamcrest.Matchers.containsString(key.substring(14))));

        asPartner(key).when().get(COMPLETIONS).then().statusCode(200);
        asAdmin().when().get("/api/v1/admin/training-providers/" + providerId + "/api-keys")
                .then().body("items[0].lastUsedAt", notNullValue());
    }

    @Test
    void missingUnknownMalformedAndRevokedKeysAre401() {
        Partner partner = partner();
        given().when().get(COMPLETIONS).then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("ApiKey"));
        String unknown = "mcpk_" + "zzzzzzzz" + "_" + "A".repeat(40);
        asPartner(unknown).when().get(COMPLETIONS).then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("ApiKey"));
        asPartner("not-a-key").when().get(COMPLETIONS).then().statusCode(401).contentType(PROBLEM);
        String wrongSecret = partner.key().substring(0, 14) + "B".repeat(40);
        asPartner(wrongSecret).when().get(COMPLETIONS).then().statusCode(401);

        asPartner(partner.key()).when().get(COMPLETIONS).then().statusCode(200);
        String apiKeyId = asAdmin().when().get("/api/v1/admin/training-providers/" + partner.providerId() + "/api-keys")
                .then().extract().path("items[0].id");
        asAdmin().when().delete("/api/v1/admin/training-providers/" + partner.providerId() + "/api-keys/" + apiKeyId)
                .then().statusCode(200).body("revokedAt", notNullValue());
        asPartner(partner.key()).when().get(COMPLETIONS).then().statusCode(401).contentType(PROBLEM);
        send(partner, completion(fresh("ENR"), "x@example.org")).statusCode(401);
    }

    /** A bearer token means nothing on the partner API, and its 401 says what it needs: an API key. */
    @Test
    void aBearerTokenOnThePartnerApiIsToldToSendAnApiKey() {
        given().header("Authorization", org.mentorcred.infra.test.TestTokens.bearer("admin", "admin-1"))
                .when().get(COMPLETIONS)
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("ApiKey"))
                .body("detail", org.hamcrest.Matchers.containsString("X-API-Key"))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsStringIgnoringCase("bearer")));
    }

    @Test
    void keysRotateWithoutDowntime() {
        Partner partner = partner();
        String second = createKey(partner.providerId());
        asPartner(partner.key()).when().get(COMPLETIONS).then().statusCode(200);
        asPartner(second).when().get(COMPLETIONS).then().statusCode(200);
        List<String> ids = asAdmin().when().get("/api/v1/admin/training-providers/" + partner.providerId() + "/api-keys")
                .then().body("total", equalTo(2)).extract().path("items.id");
        String oldId = asAdmin().when().get("/api/v1/admin/training-providers/" + partner.providerId() + "/api-keys")
                .then().extract().path("items.find { it.keyId == '" + partner.key().substring(5, 13) + "' }.id");
        asAdmin().when().delete("/api/v1/admin/training-providers/" + partner.providerId() + "/api-keys/" + oldId)
                .then().statusCode(200);
        asPartner(partner.key()).when().get(COMPLETIONS).then().statusCode(401);
        asPartner(second).when().get(COMPLETIONS).then().statusCode(200);
        assertEquals(2, ids.size());
    }

    @Test
    void anInactiveProvidersKeysAreRefused() {
        Map<String, Object> centre = provider(fresh("Centre"), "NON_ACCREDITED", 40.0, -3.7, true);
        String providerId = createProvider(centre);
        String key = createKey(providerId);
        asPartner(key).when().get(COMPLETIONS).then().statusCode(200);
        centre.put("active", false);
        asAdmin().contentType(ContentType.JSON).body(centre).when().put("/api/v1/admin/training-providers/" + providerId)
                .then().statusCode(200).body("active", equalTo(false));
        asPartner(key).when().get(COMPLETIONS).then().statusCode(401).contentType(PROBLEM);
    }

    /** Each mechanism serves its own API: bearer tokens do nothing on the partner API, keys grant no staff role. */
    @Test
    void bearerTokensAndApiKeysDoNotCrossOver() {
        Partner partner = partner();
        given().header("Authorization", TestTokens.bearer("admin", "admin-1")).when().get(COMPLETIONS)
                .then().statusCode(401).contentType(PROBLEM);
        asPartner(partner.key()).when().get("/api/v1/applications").then().statusCode(403).contentType(PROBLEM);
        asPartner(partner.key()).when().get("/api/v1/admin/training-providers").then().statusCode(403);
        asApplicant(fresh("someone")).when().get("/api/v1/admin/training-providers").then().statusCode(403);
        asAdmin().when().get("/api/v1/admin/training-providers").then().statusCode(200);
    }

    @Test
    void aProviderReadsOnlyItsOwnRecords() {
        Partner mine = partner();
        Partner theirs = partner();
        String myRecord = send(mine, completion(fresh("ENR"), "a@example.org")).statusCode(201).extract().path("id");
        String theirRecord = send(theirs, completion(fresh("ENR"), "b@example.org")).statusCode(201).extract().path("id");

        asPartner(mine.key()).when().get(COMPLETIONS + "/" + myRecord).then().statusCode(200).body("id", equalTo(myRecord));
        asPartner(mine.key()).when().get(COMPLETIONS + "/" + theirRecord).then().statusCode(403).contentType(PROBLEM);
        asPartner(mine.key()).when().get(COMPLETIONS + "/" + java.util.UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        asPartner(mine.key()).when().get(COMPLETIONS).then().statusCode(200)
                .body("total", equalTo(1)).body("items.id", contains(myRecord));
    }

    // --- completion records ------------------------------------------------------------------------

    @Test
    void oneRecordIsCreatedThenUpdatedNeverDuplicated() {
        Partner partner = partner();
        Map<String, Object> record = completion(fresh("ENR"), "learner@example.org");
        String id = send(partner, record).statusCode(201).header("Location", notNullValue())
                .body("hours", equalTo(12.0f)).extract().path("id");
        record.put("hours", 14.5);
        send(partner, record).statusCode(200).body("id", equalTo(id)).body("hours", equalTo(14.5f));
        asPartner(partner.key()).when().get(COMPLETIONS).then().body("total", equalTo(1));

        record.put("learnerEmail", "not an e-mail");
        record.put("mode", "CARRIER_PIGEON");
        send(partner, record).statusCode(422).contentType(PROBLEM)
                .body("violations.field", hasItem("mode"));
        record.put("mode", "ONLINE");
        send(partner, record).statusCode(422).body("violations.field", contains("learnerEmail"));
    }

    @Test
    void aBatchWithOneBadRecordStoresTheOthers() {
        Partner partner = partner();
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(completion(fresh("ENR"), "learner" + i + "@example.org"));
        }
        batch.get(2).put("endDate", "2025-03-01"); // before its start
        batch.get(2).put("hours", 0);

        send(partner, batch).statusCode(200)
                .body("received", equalTo(5)).body("created", equalTo(4)).body("updated", equalTo(0)).body("rejected", equalTo(1))
                .body("results.index", contains(0, 1, 2, 3, 4))
                .body("results[2].outcome", equalTo("REJECTED"))
                .body("results[2].providerRecordId", equalTo(batch.get(2).get("providerRecordId")))
                .body("results[2].violations.field", containsInAnyOrder("endDate", "hours"))
                .body("results[2].completionId", nullValue())
                .body("results.findAll { it.index != 2 }.outcome", everyItem(equalTo("CREATED")));

        asPartner(partner.key()).queryParam("size", 200).when().get(COMPLETIONS).then()
                .body("total", equalTo(4))
                .body("items.providerRecordId", not(hasItem(batch.get(2).get("providerRecordId"))));
    }

    @Test
    void theSameBatchSentTwiceStoresEachRecordOnce() {
        Partner partner = partner();
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            batch.add(completion(fresh("ENR"), "again" + i + "@example.org"));
        }
        List<String> first = send(partner, batch).statusCode(200).body("created", equalTo(3))
                .extract().path("results.completionId");
        List<String> second = send(partner, batch).statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(3))
                .body("results.outcome", everyItem(equalTo("UPDATED")))
                .extract().path("results.completionId");
        assertEquals(first, second);
        asPartner(partner.key()).when().get(COMPLETIONS).then().body("total", equalTo(3));
    }

    @Test
    void aRecordRepeatedWithinABatchIsRefusedTheSecondTime() {
        Partner partner = partner();
        Map<String, Object> record = completion(fresh("ENR"), "twice@example.org");
        send(partner, List.of(record, record)).statusCode(200)
                .body("created", equalTo(1)).body("rejected", equalTo(1))
                .body("results[1].violations[0].field", equalTo("providerRecordId"));
    }

    /** A record the database itself refuses is rolled back on its own savepoint; the others are committed. */
    @Test
    void aRecordTheDatabaseRefusesDoesNotLoseTheOthers() throws Exception {
        Partner partner = partner();
        execute("""
                CREATE OR REPLACE FUNCTION test_refuse_completion() RETURNS trigger AS $$
                BEGIN
                    IF NEW.provider_record_id LIKE 'explode-%' THEN
                        RAISE EXCEPTION 'refused by the test';
                    END IF;
                    RETURN NEW;
                END $$ LANGUAGE plpgsql""");
        execute("""
                CREATE TRIGGER test_refuse_completion BEFORE INSERT OR UPDATE ON completion_record
                FOR EACH ROW EXECUTE FUNCTION test_refuse_completion()""");
        try {
            List<Map<String, Object>> batch = List.of(
                    completion(fresh("ENR"), "before@example.org"),
                    completion(fresh("explode"), "boom@example.org"),
                    completion(fresh("ENR"), "after@example.org"));
            send(partner, batch).statusCode(200)
                    .body("created", equalTo(2)).body("rejected", equalTo(1))
                    .body("results[1].outcome", equalTo("REJECTED"))
                    .body("results[1].violations[0].message", org.hamcrest.Matchers.containsString("could not be stored"))
                    .body("results[2].outcome", equalTo("CREATED"));
        } finally {
            execute("DROP TRIGGER IF EXISTS test_refuse_completion ON completion_record");
        }
        asPartner(partner.key()).when().get(COMPLETIONS).then()
                .body("total", equalTo(2)).body("items.learnerEmail", containsInAnyOrder("before@example.org", "after@example.org"));
    }

    @Test
    void batchesAreBoundedAndMustHoldRecords() {
        Partner partner = partner();
        List<Map<String, Object>> tooMany = new ArrayList<>();
        Map<String, Object> record = completion("same", "many@example.org");
        for (int i = 0; i < 1001; i++) {
            tooMany.add(record);
        }
        send(partner, tooMany).statusCode(413).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/batch-too-large")).body("maxRecords", equalTo(1000));
        send(partner, List.of()).statusCode(422).contentType(PROBLEM);
        send(partner, "\"a string\"").statusCode(400).contentType(PROBLEM);
        send(partner, List.of("not a record", completion(fresh("ENR"), "ok@example.org"))).statusCode(200)
                .body("results[0].outcome", equalTo("REJECTED")).body("results[1].outcome", equalTo("CREATED"));
        asPartner(partner.key()).when().get(COMPLETIONS).then().body("total", equalTo(1));
    }

    @Test
    void aFullBatchOfAThousandIsAccepted() {
        Partner partner = partner();
        List<Map<String, Object>> batch = new ArrayList<>();
        String prefix = fresh("BULK");
        for (int i = 0; i < 1000; i++) {
            batch.add(completion(prefix + "-" + i, "bulk" + i + "@example.org"));
        }
        send(partner, batch).statusCode(200).body("created", equalTo(1000)).body("rejected", equalTo(0));
        asPartner(partner.key()).queryParam("size", 1).when().get(COMPLETIONS).then().body("total", equalTo(1000));
    }

    // --- matching to applicants ---------------------------------------------------------------------

    @Test
    void recordsReportedBeforeTheApplicantSignsUpAreTheirVerifiedTrainingLater() {
        Partner partner = partner();
        String subject = fresh("later");
        String email = subject + "@Example.org";
        String recordId = send(partner, completion(fresh("ENR"), email.toUpperCase())).statusCode(201).extract().path("id");

        Fixtures.createProfile(subject, Fixtures.profile(email, 52.0, 13.0));
        String id = Fixtures.open(subject, "IMC_CPM");
        Fixtures.get(subject, id).statusCode(200)
                .body("evidence.trainings", hasSize(1))
                .body("evidence.trainings[0].trainingId", equalTo(recordId))
                .body("evidence.trainings[0].source", equalTo("PARTNER"))
                .body("evidence.trainings[0].verified", equalTo(true))
                .body("evidence.trainings[0].providerId", equalTo(partner.providerId()))
                .body("evidence.trainings[0].centreType", equalTo("ACCREDITED"))
                .body("evidence.trainings[0].evidence", equalTo("PARTNER_RECORD"));

        // Someone else's e-mail does not match.
        String other = Fixtures.applicant();
        Fixtures.get(other, Fixtures.open(other, "IMC_CPM")).body("evidence.trainings", hasSize(0));
        assertNotEquals(subject, other);
    }

    @Test
    void onlyAdminsManageProviders() {
        Map<String, Object> qtsp = provider(fresh("Q"), "QTSP", 10, 10, false);
        asApplicant(fresh("a")).contentType(ContentType.JSON).body(qtsp).when().post("/api/v1/admin/training-providers")
                .then().statusCode(403);
        qtsp.put("country", "ZZ");
        asAdmin().contentType(ContentType.JSON).body(qtsp).when().post("/api/v1/admin/training-providers")
                .then().statusCode(400).body("violations[0].field", equalTo("country"));
        qtsp.put("country", "DE");
        String id = createProvider(qtsp);
        String etag = asAdmin().when().get("/api/v1/admin/training-providers/" + id).then().statusCode(200)
                .extract().header("ETag");
        qtsp.put("name", "Renamed");
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag).body(qtsp)
                .when().put("/api/v1/admin/training-providers/" + id).then().statusCode(200).body("name", equalTo("Renamed"));
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag).body(qtsp)
                .when().put("/api/v1/admin/training-providers/" + id).then().statusCode(412);
        asAdmin().queryParam("type", "QTSP").queryParam("active", "false").queryParam("size", 200)
                .when().get("/api/v1/admin/training-providers")
                .then().statusCode(200).body("items.id", hasItem(id)).body("items.type", everyItem(equalTo("QTSP")));
        asAdmin().queryParam("active", "maybe").when().get("/api/v1/admin/training-providers").then().statusCode(400);
    }

    private void execute(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
