package org.mentorcred.application.document;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An evidence document (its bytes are at .../documents/{documentId}/content)")
public record DocumentView(
        UUID documentId,
        @Schema(examples = "certificate.pdf") String filename,
        @Schema(examples = "application/pdf") String contentType,
        @Schema(examples = "48213") long sizeBytes,
        @Schema(description = "Hex SHA-256 of the bytes", examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        Instant uploadedAt) {

    public static DocumentView of(Document d) {
        return new DocumentView(d.id, d.filename, d.contentType, d.sizeBytes, d.sha256, d.uploadedAt);
    }
}
