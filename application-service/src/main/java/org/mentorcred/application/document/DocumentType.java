package org.mentorcred.application.document;

import java.util.Arrays;
import java.util.Optional;

/**
 * The document formats we accept, each recognised by its first bytes: a declared type is believed only when
 * the content agrees with it.
 */
public enum DocumentType {
    PDF("application/pdf", "PDF", ".pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),
    PNG("image/png", "PNG image", ".png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }),
    JPEG("image/jpeg", "JPEG image", ".jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });

    private final String mediaType;
    private final String description;
    private final String extension;
    private final byte[] signature;

    DocumentType(String mediaType, String description, String extension, byte[] signature) {
        this.mediaType = mediaType;
        this.description = description;
        this.extension = extension;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    public String description() {
        return description;
    }

    public String extension() {
        return extension;
    }

    public static Optional<DocumentType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equalsIgnoreCase(mediaType)).findFirst();
    }

    /** The type the bytes are, if any we accept. */
    public static Optional<DocumentType> recognise(byte[] content) {
        return Arrays.stream(values()).filter(t -> t.matches(content)).findFirst();
    }

    private boolean matches(byte[] content) {
        if (content.length < signature.length) {
            return false;
        }
        return Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }
}
