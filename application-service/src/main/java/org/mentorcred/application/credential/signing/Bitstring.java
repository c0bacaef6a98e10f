package org.mentorcred.application.credential.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Collection;
import java.util.zip.GZIPOutputStream;

/**
 * The {@code encodedList} of a W3C Bitstring Status List: a bitstring whose index 0 is the left-most (most
 * significant) bit of the first byte, GZIP-compressed, base64url without padding, with the multibase prefix
 * {@code u}.
 */
public final class Bitstring {

    private Bitstring() {
    }

    /** {@code size} bits (a multiple of 8), those at {@code setIndexes} set to 1. */
    public static String encode(int size, Collection<Integer> setIndexes) {
        byte[] bits = new byte[size / 8];
        for (int index : setIndexes) {
            if (index < 0 || index >= size) {
                throw new IllegalArgumentException("Index " + index + " is outside a list of " + size);
            }
            bits[index / 8] |= (byte) (0x80 >>> (index % 8));
        }
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(compressed.toByteArray());
    }
}
