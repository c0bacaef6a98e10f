package org.mentorcred.commons.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** {@code HttpHardening.ownLocation}: the Host's authority is replaced by the configured base, or dropped. */
class OwnLocationTest {

    @Test
    void theHostsAuthorityGivesWayToThePublicBaseUrl() {
        HttpHardening hardening = new HttpHardening();
        hardening.publicBaseUrl = Optional.of("https://api.mentorcred.org/");
        assertEquals("https://api.mentorcred.org/api/v1/things/42?v=2",
                hardening.ownLocation("http://evil.example:9999/api/v1/things/42?v=2", "evil.example:9999"));
        // Another absolute location (not built from this request's Host) stays as it is.
        assertEquals("https://elsewhere.example/x", hardening.ownLocation("https://elsewhere.example/x",
                "evil.example:9999"));
        hardening.publicBaseUrl = Optional.empty();
        assertEquals("/api/v1/things/42", hardening.ownLocation("http://evil.example:9999/api/v1/things/42",
                "evil.example:9999"));
    }
}
