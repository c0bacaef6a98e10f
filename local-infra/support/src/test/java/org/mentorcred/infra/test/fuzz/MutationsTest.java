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

    /**
     * Spoiling the credential a request is authenticated by is what the fuzzer then holds to "never a 2xx"; a bad
     * token added beside an API key, or to a request that had none, spoils nothing.
     */
    @Test
    void aCredentialsMutationSpoilsOnlyTheCredentialTheRequestCarried() {
        PreparedCall bearer = BASE.withHeader("Authorization", "Bearer good");
        PreparedCall apiKey = BASE.withHeader("X-API-Key", "mc_good");
        Random random = new Random(11);
        for (int i = 0; i < 50; i++) {
            Mutation onBearer = Mutations.credentials(bearer, random);
            assertEquals(true, ApiFuzzer.spoilsCredentials(bearer, onBearer), onBearer.description());
            Mutation onKey = Mutations.credentials(apiKey, random);
            assertEquals(onKey.description().startsWith("X-API-Key"), ApiFuzzer.spoilsCredentials(apiKey, onKey),
                    onKey.description());
            assertEquals(false, ApiFuzzer.spoilsCredentials(BASE, Mutations.credentials(BASE, random)));
        }
        assertEquals(false, ApiFuzzer.spoilsCredentials(bearer, new Mutation("query", "q", bearer.withQuery("q", "1"))));
    }

    @Test
    void ciRunsTheFuzzerWithOneFixedSeedAndAFlagDrawsANewOne() {
        String before = System.getProperty("mentorcred.fuzz.seed");
        try {
            System.setProperty("mentorcred.fuzz.seed", "42");
            assertEquals(42L, ApiFuzzer.seed());
            System.setProperty("mentorcred.fuzz.seed", "random");
            assertEquals(false, ApiFuzzer.seed() == ApiFuzzer.seed());
            System.clearProperty("mentorcred.fuzz.seed");
            assertEquals("true".equalsIgnoreCase(System.getenv("CI")), ApiFuzzer.seed() == ApiFuzzer.CI_SEED);
        } finally {
            if (before == null) {
                System.clearProperty("mentorcred.fuzz.seed");
            } else {
                System.setProperty("mentorcred.fuzz.seed", before);
            }
        }
    }

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
