package org.mentorcred.commons.http;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * JSON may carry {@code \u0000} in a string, PostgreSQL text may not: such a value is refused as invalid input
 * (400, naming the field) rather than failing later in the database.
 */
@Singleton
public class RejectNulCharacters implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("reject-nul-characters");
        module.addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String value = super.deserialize(parser, context);
                if (value != null && value.indexOf('\u0000') >= 0) {
                    if (org.mentorcred.commons.problem.BodyViolations.record(parser, "must not contain NUL characters")) {
                        return null;
                    }
                    throw new InvalidJsonValueException(parser, "must not contain NUL characters");
                }
                return value;
            }
        });
        mapper.registerModule(module);
    }
}
