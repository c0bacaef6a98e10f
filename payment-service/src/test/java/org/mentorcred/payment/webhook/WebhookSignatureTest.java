package org.mentorcred.payment.webhook;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookSignatureTest {

    private static final byte[] SECRET = "whsec_unit".getBytes(StandardCharsets.UTF_8);
    private static final byte[] BODY = "{\"id\":\"evt_1\"}".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    @ParameterizedTest(name = "signed {0} s ago: accepted={1}")
    @CsvSource({ "0, true", "300, true", "301, false", "-300, true", "-301, false", "86400, false" })
    void acceptsTimestampsWithinTheToleranceOnly(long secondsAgo, boolean accepted) {
        long t = NOW.getEpochSecond() - secondsAgo;
        String header = WebhookSignature.header(SECRET, t, BODY);
        if (accepted) {
            assertDoesNotThrow(() -> WebhookSignature.verify(header, BODY, SECRET, NOW, TOLERANCE));
        } else {
            assertThrows(WebhookSignature.Invalid.class,
                    () -> WebhookSignature.verify(header, BODY, SECRET, NOW, TOLERANCE));
        }
    }

    @Test
    void refusesAnotherBodyOrSecret() {
        String header = WebhookSignature.header(SECRET, NOW.getEpochSecond(), BODY);
        assertThrows(WebhookSignature.Invalid.class, () -> WebhookSignature.verify(header,
                "{\"id\":\"evt_2\"}".getBytes(StandardCharsets.UTF_8), SECRET, NOW, TOLERANCE));
        assertThrows(WebhookSignature.Invalid.class, () -> WebhookSignature.verify(header, BODY,
                "another".getBytes(StandardCharsets.UTF_8), NOW, TOLERANCE));
    }

    @Test
    void aTimestampChangedAfterSigningInvalidatesTheSignature() {
        String header = WebhookSignature.header(SECRET, NOW.getEpochSecond() - 3600, BODY);
        String refreshed = header.replace("t=" + (NOW.getEpochSecond() - 3600), "t=" + NOW.getEpochSecond());
        assertThrows(WebhookSignature.Invalid.class, () -> WebhookSignature.verify(refreshed, BODY, SECRET, NOW, TOLERANCE));
    }

    @Test
    void acceptsWhenAnyOfSeveralSignaturesMatches() {
        String header = WebhookSignature.header(SECRET, NOW.getEpochSecond(), BODY);
        String rotated = "t=" + NOW.getEpochSecond() + ",v1=" + "00".repeat(32) + "," + header.substring(header.indexOf("v1="));
        assertDoesNotThrow(() -> WebhookSignature.verify(rotated, BODY, SECRET, NOW, TOLERANCE));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "v1=abcd", "t=1795000000", "t=soon,v1=abcd", "t=1795000000,v1=not-hex", "garbage" })
    void refusesMalformedHeaders(String header) {
        assertThrows(WebhookSignature.Invalid.class, () -> WebhookSignature.verify(header, BODY, SECRET, NOW, TOLERANCE));
    }

    @Test
    void refusesAMissingHeader() {
        assertThrows(WebhookSignature.Invalid.class, () -> WebhookSignature.verify(null, BODY, SECRET, NOW, TOLERANCE));
    }
}
