package org.mentorcred.application.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mentorcred.application.credential.signing.Bitstring;
import org.mentorcred.application.support.VcJwts;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

class BitstringTest {

    @Test
    void indexZeroIsTheLeftMostBitAndTheListIsGzippedMultibaseBase64url() {
        String encoded = Bitstring.encode(131_072, List.of(0, 9, 131_071));
        assertTrue(encoded.startsWith("u"));
        assertTrue(encoded.substring(1).matches("[A-Za-z0-9_-]+"), "base64url without padding");
        byte[] bits = VcJwts.bits(JsonNodeFactory.instance.objectNode()
                .set("credentialSubject", JsonNodeFactory.instance.objectNode().put("encodedList", encoded)));
        assertEquals(16_384, bits.length);
        assertEquals((byte) 0x80, bits[0]);
        assertEquals((byte) 0x40, bits[1]);
        assertEquals((byte) 0x01, bits[16_383]);
        int set = 0;
        for (int i = 0; i < 131_072; i++) {
            set += VcJwts.isSet(bits, i) ? 1 : 0;
        }
        assertEquals(3, set);
    }

    @Test
    void refusesAnIndexOutsideTheList() {
        assertThrows(IllegalArgumentException.class, () -> Bitstring.encode(131_072, List.of(131_072)));
    }
}
