package org.mentorcred.notification.delivery.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(5), 8);

    @ParameterizedTest(name = "after failed attempt {0}: wait {1}")
    @CsvSource({
            "1, PT30S",
            "2, PT1M",
            "3, PT2M",
            "4, PT4M",
            "5, PT5M",
            "7, PT5M"})
    void doublesFromTheInitialWaitUpToTheMaximum(int attempt, String wait) {
        assertEquals(Duration.parse(wait), backoff.retryAfter(attempt));
    }

    @Test
    void theLastAttemptHasNoRetry() {
        assertNull(backoff.retryAfter(8));
        assertNull(backoff.retryAfter(9));
    }

    @Test
    void aHugeAttemptNumberDoesNotOverflow() {
        assertEquals(Duration.ofHours(1), new Backoff(Duration.ofMillis(1), Duration.ofHours(1), 10_000).retryAfter(5_000));
    }

    @Test
    void rejectsSettingsThatCannotWork() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofMinutes(1), 3));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofMinutes(2), Duration.ofMinutes(1), 3));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1), 0));
    }
}
