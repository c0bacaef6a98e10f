package org.mentorcred.application.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeysTest {

    @Test
    void generatedKeysHaveTheRecognisablePrefixAndParseBack() {
        ApiKeys.Parsed key = ApiKeys.generate();
        assertTrue(key.key().matches("mcpk_[a-z0-9]{8}_[A-Za-z0-9]{40}"), key.key());
        assertEquals(key, ApiKeys.parse(key.key()).orElseThrow());
        assertNotEquals(key.secret(), ApiKeys.generate().secret());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "mcpk_", "mcpk_abcdefgh", "mcpk_abcdefgh_short",
            "mcpk_ABCDEFGH_0123456789012345678901234567890123456789",
            "xxxx_abcdefgh_0123456789012345678901234567890123456789",
            "mcpk_abcdefgh_01234567890123456789012345678901234567890",
            "mcpk_abcdefg_0123456789012345678901234567890123456789" })
    void malformedKeysAreNotKeys(String candidate) {
        assertTrue(ApiKeys.parse(candidate).isEmpty(), candidate);
    }
}
