package org.mentorcred.infra.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every producer's example is a valid instance of its own schema, and the schemas follow our conventions. */
class EventContractsTest {

    private static final List<String> PRODUCERS = List.of("application-service", "eligibility-service",
            "payment-service", "exam-service");

    @TestFactory
    Stream<DynamicTest> everyExampleMatchesItsSchema() throws IOException {
        List<DynamicTest> tests = new java.util.ArrayList<>();
        for (String module : PRODUCERS) {
            Path schemas = EventContracts.eventsDir(module).resolve("schemas");
            try (Stream<Path> files = Files.list(schemas)) {
                for (Path schema : files.sorted().toList()) {
                    String event = schema.getFileName().toString().replace(".v1.schema.json", "");
                    tests.add(DynamicTest.dynamicTest(module + " " + event, () -> {
                        EventContracts.assertValid(module, event, EventContracts.example(module, event));
                        String service = module.replace("-service", "");
                        assertEquals("org.mentorcred." + service + "." + event + ".v1", EventContracts.ceType(module, event));
                        assertEquals("applicationId", EventContracts.schemaTree(module, event).get("x-key").asText());
                    }));
                }
            }
        }
        assertFalse(tests.isEmpty());
        return tests.stream();
    }

    @Test
    void anEventMissingARequiredFieldIsReported() {
        String broken = EventContracts.example("payment-service", "InvoiceIssued").replace("\"total\"", "\"totl\"");
        assertTrue(EventContracts.validate("payment-service", "InvoiceIssued", broken).stream()
                .anyMatch(m -> m.getMessage().contains("total")));
    }
}
