package org.mentorcred.application.credential;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One status change of a credential: who did what, when and why. */
@Entity
@Table(name = "credential_history")
public class CredentialHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "credential_id")
    public UUID credentialId;

    public Instant at;

    public String actor;

    @Column(name = "actor_role")
    public String actorRole;

    public String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public CredentialStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public CredentialStatus toStatus;

    public String reason;
}
