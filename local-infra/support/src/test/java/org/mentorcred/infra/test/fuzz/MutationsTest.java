package org.mentorcred.infra.test.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mentorcred.infra.test.authz.PreparedCall;
import org.mentorcred.infra.test.openapi.ApiOperation;
import org.mentorcred.infra.test.openapi.OpenApiSpec;

/** Outside jqwik's engine (as in a @QuarkusTest): the mutations work, and one seed gives one run. */
class MutationsTest {

    private static final ApiOperation POST = OpenApiSpec.parse("""
            {"openapi":"3.1.0","paths":{"/things/{id}":{"post":{
              "parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"string"}},
                            {"name":"size","in":"query","schema":{"type":"integer"}}],
              "requestBody":{"content":{"application/json":{"schema":{"type":"object",
                "properties":{"name":{"type":"string"},"hours":{"type":"integer"}}}}}},
              "responses":{"201":{}}}}}}""").operations().get(0);

    private static final PreparedCall BASE = new PreparedCall("POST", "/things/{id}", Map.of("id", "42"), Map.of(),
            Map.of(), "application/json", "{\"name\":\"n\",\"hours\":3}".getBytes(StandardCharsets.UTF_8));

    @Test
    void aSeedRepeatsItsRun() {
        assertEquals(run(7L), run(7L));
    }

    private static List<String> run(long seed) {
        Random random = new Random(seed);
        Mutations.seed(seed);
        List<String> described = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Mutation m = Mutations.any(POST, BASE, random);
            described.add(m.description() + " " + m.call().target() + " "
                    + (m.call().body() == null ? "" : new String(m.call().body(), StandardCharsets.UTF_8)));
        }
        return described;
    }
}
