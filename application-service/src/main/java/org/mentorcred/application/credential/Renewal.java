package org.mentorcred.application.credential;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.ColumnTransformer;

/** A holder's renewal of a credential: what they reported for the validity period, and the decision. */
@Entity
@Table(name = "credential_renewal")
public class Renewal {

    public enum Status {
        SUBMITTED, APPROVED, REJECTED
    }

    @Id
    public UUID id;

    @Column(name = "credential_id")
    public UUID credentialId;

    @Enumerated(EnumType.STRING)
    public Status status;

    /** The validity period the evidence was judged against. */
    @Column(name = "period_start")
    public Instant periodStart;

    @Column(name = "period_end")
    public Instant periodEnd;

    @Column(name = "total_pdus")
    public BigDecimal totalPdus;

    /** JSON array of the PDU activities as submitted. */
    @ColumnTransformer(write = "CAST(? AS jsonb)")
    public String activities;

    /** JSON array of the supervision sessions as submitted. */
    @Column(name = "supervision_sessions")
    @ColumnTransformer(write = "CAST(? AS jsonb)")
    public String supervisionSessions;

    public String statement;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "previous_expires_at")
    public Instant previousExpiresAt;

    @Column(name = "new_expires_at")
    public Instant newExpiresAt;

    @Version
    public long version;
}
