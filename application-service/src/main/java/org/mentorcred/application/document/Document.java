package org.mentorcred.application.document;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An evidence document of an application: its bytes, their type (checked against the bytes) and checksum. */
@Entity
@Table(name = "document")
public class Document {

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    public String filename;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    /** Hex SHA-256 of {@link #content}. */
    public String sha256;

    /** Loaded only when the bytes are downloaded, not when documents are listed. */
    @Basic(fetch = FetchType.LAZY)
    public byte[] content;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;

    @Column(name = "uploaded_by")
    public String uploadedBy;
}
