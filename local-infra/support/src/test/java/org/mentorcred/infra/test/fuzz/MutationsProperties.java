package org.mentorcred.infra.test.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.mentorcred.infra.test.authz.PreparedCall;
import org.mentorcred.infra.test.openapi.ApiOperation;
import org.mentorcred.infra.test.openapi.OpenApiSpec;

import io.restassured.builder.ResponseBuilder;
import io.restassured.response.Response;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Properties of the fuzzer's own parts, run by jqwik's engine beside the Jupiter tests. */
class MutationsProperties {

    private static final ApiOperation POST = OpenApiSpec.parse("""
            {"openapi":"3.1.0","paths":{"/things/{id}":{"post":{
              "parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"string","format":"uuid"}}],
              "requestBody":{"content":{"application/json":{"schema":{"type":"object","required":["name","hours"],
                "properties":{"name":{"type":"string"},"hours":{"type":"integer","minimum":1,"maximum":40},
                              "mode":{"type":"string","enum":["ONLINE","IN_PERSON"]}}}}}},
              "responses":{"201":{}}}}}}""").operations().get(0);

    private static final PreparedCall BASE = new PreparedCall("POST", "/things/{id}", Map.of("id", "42"), Map.of(),
            Map.of("Authorization", "Bearer x"), "application/json",
            "{\"name\":\"n\",\"hours\":3,\"mode\":\"ONLINE\"}".getBytes(StandardCharsets.UTF_8));

    @Property(tries = 300)
    void everyMutationChangesTheRequest(@ForAll long seed) {
        Mutation mutation = Mutations.any(POST, BASE, new Random(seed));
        assertNotNull(mutation.description());
        PreparedCall spoiled = mutation.call();
        boolean changed = !new String(spoiled.body() == null ? new byte[0] : spoiled.body(), StandardCharsets.UTF_8)
                .equals(new String(BASE.body(), StandardCharsets.UTF_8))
                || !spoiled.pathParams().equals(BASE.pathParams()) || !spoiled.query().equals(BASE.query())
                || !spoiled.headers().equals(BASE.headers())
                || !String.valueOf(spoiled.contentType()).equals(BASE.contentType());
        // Only a body field may, rarely, get a nasty value equal to the one it replaced.
        if (!changed && !mutation.kind().equals("schema")) {
            throw new AssertionError(mutation.kind() + " left the request as it was: " + mutation.description());
        }
    }

    @Property(tries = 200)
    void aPlausibleBodyHasEveryPropertyOfTheSchema(@ForAll long seed) {
        var body = SchemaValues.plausible(POST.jsonBodySchema(), new Random(seed));
        for (String field : List.of("name", "hours", "mode")) {
            assertNotNull(body.get(field), field);
        }
        int hours = body.get("hours").asInt();
        if (hours < 1 || hours > 40) {
            throw new AssertionError("hours out of the schema's bounds: " + hours);
        }
    }

    @Property(tries = 100)
    void leaksAreFoundUnlessTheClientSentThem(@ForAll long seed) {
        Mutation innocent = new Mutation("x", "x", BASE);
        assertNotNull(ApiFuzzer.check(innocent, response(400, "application/problem+json",
                "{\"status\":400,\"detail\":\"java.lang.IllegalStateException at x\"}")));
        assertNotNull(ApiFuzzer.check(innocent, response(400, "application/problem+json",
                "{\"status\":400,\"detail\":\"ERROR: duplicate key value violates unique constraint\"}")));
        assertNotNull(ApiFuzzer.check(innocent, response(502, "application/problem+json", "{\"status\":502}")));
        assertNotNull(ApiFuzzer.check(innocent, response(404, "text/html", "<h1>Not found</h1>")));
        assertNull(ApiFuzzer.check(innocent, response(404, "application/problem+json", "{\"status\":404}")));
        assertNull(ApiFuzzer.check(innocent, response(200, "application/json",
                "{\"lastError\":null,\"type\":\"org.mentorcred.eligibility.EligibilityDecided.v1\"}")));
        assertNull(ApiFuzzer.check(innocent, response(414, "", "")));
        assertNotNull(ApiFuzzer.check(innocent, response(400, "application/problem+json",
                "{\"status\":400,\"detail\":\"NullPointerException\"}")));
        Mutation echoing = new Mutation("x", "x", BASE.withQuery("q", "select a from b"));
        assertNull(ApiFuzzer.check(echoing, response(400, "application/problem+json",
                "{\"status\":400,\"detail\":\"q 'select a from b' is not a number\"}")));
    }

    private static Response response(int status, String type, String body) {
        return new ResponseBuilder().setStatusCode(status).setContentType(type).setBody(body).build();
    }
}
