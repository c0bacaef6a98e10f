package org.mentorcred.eligibility.rules.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The rule-set format on disk and in the database. Strict where the API is tolerant: an unknown property
 * in a rule file is a typo to report, not a field to ignore. Writing is canonical (fixed property order,
 * plain numbers), so equal rule sets have equal checksums.
 */
public final class RuleSetJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private RuleSetJson() {
    }

    public static RuleSetDocument read(InputStream in) throws IOException {
        return MAPPER.readValue(in, RuleSetDocument.class);
    }

    public static RuleSetDocument read(String json) {
        try {
            return MAPPER.readValue(json, RuleSetDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored rule set is not readable: " + e.getOriginalMessage(), e);
        }
    }

    public static String write(RuleSetDocument document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 of the canonical form, in hex. */
    public static String checksum(RuleSetDocument document) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(write(document).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
