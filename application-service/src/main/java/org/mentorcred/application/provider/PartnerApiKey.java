package org.mentorcred.application.provider;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An API key of a provider. Only the SHA-256 of its secret is stored; the key itself is shown once. */
@Entity
@Table(name = "partner_api_key")
public class PartnerApiKey {

    @Id
    public UUID id;

    @Column(name = "provider_id")
    public UUID providerId;

    @Column(name = "key_id")
    public String keyId;

    @Column(name = "secret_sha256")
    public byte[] secretSha256;

    public String label;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;
}
