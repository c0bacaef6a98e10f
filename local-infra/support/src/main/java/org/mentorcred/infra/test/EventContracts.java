package org.mentorcred.infra.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The event contracts each producer owns, under {@code <module>/src/main/resources/events/}: a JSON Schema
 * ({@code schemas/<Event>.v1.schema.json}, with its CloudEvents type in {@code x-ce-type}) and an example
 * ({@code examples/<Event>.v1.json}). Producers' tests validate every event they emit; consumers' tests feed
 * the producer's example to their consumer, so a contract change breaks the consumer's build, not production.
 */
public final class EventContracts {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private EventContracts() {
    }

    /** The producer's example of {@code event} (for example "application-service", "ApplicationSubmitted"). */
    public static String example(String producerModule, String event) {
        return read(eventsDir(producerModule).resolve("examples").resolve(event + ".v1.json"));
    }

    /** The example as a tree, to vary a field before sending it. */
    public static JsonNode exampleTree(String producerModule, String event) {
        try {
            return MAPPER.readTree(example(producerModule, event));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CloudEvents type ({@code ce_type}) the producer declares for {@code event}. */
    public static String ceType(String producerModule, String event) {
        return schemaTree(producerModule, event).get("x-ce-type").asText();
    }

    /** Fails, listing every violation, unless {@code json} is a valid {@code event} of {@code producerModule}. */
    public static void assertValid(String producerModule, String event, String json) {
        Set<ValidationMessage> errors = validate(producerModule, event, json);
        if (!errors.isEmpty()) {
            throw new AssertionError(event + " does not match its schema:\n" + errors.stream()
                    .map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("\n")) + "\n" + json);
        }
    }

    public static Set<ValidationMessage> validate(String producerModule, String event, String json) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema schema = FACTORY.getSchema(schemaTree(producerModule, event), config);
        try {
            return schema.validate(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new AssertionError(event + " is not JSON: " + json, e);
        }
    }

    static JsonNode schemaTree(String producerModule, String event) {
        try {
            return MAPPER.readTree(read(eventsDir(producerModule).resolve("schemas").resolve(event + ".v1.schema.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Found from any module's directory (tests run in their module's directory). */
    static Path eventsDir(String producerModule) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve(producerModule).resolve("src/main/resources/events");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("No event contracts of " + producerModule + " above " + Path.of("").toAbsolutePath());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Missing event contract file " + file, e);
        }
    }
}
