package org.mentorcred.application.credential;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mentorcred.application.applicant.Applicant;
import org.mentorcred.application.programme.ProgrammeCode;

/**
 * A credential issued on an approved application: who holds it, what it certifies, how long it is valid, and
 * its place in the public status lists. Its version is the ETag of every write.
 */
@Entity
@Table(name = "credential")
public class Credential {

    @Id
    public UUID id;

    /** The human number, e.g. MC-CPM-2026-000123. */
    public String number;

    @Column(name = "application_id")
    public UUID applicationId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "applicant_id")
    public Applicant applicant;

    @Column(name = "holder_subject")
    public String holderSubject;

    @Column(name = "holder_name")
    public String holderName;

    /** The programme applied for. */
    @Enumerated(EnumType.STRING)
    public ProgrammeCode programme;

    /** The programme held (the fast track awards IPMA_SM). */
    @Enumerated(EnumType.STRING)
    @Column(name = "awarded_programme")
    public ProgrammeCode awardedProgramme;

    public Integer level;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "period_start")
    public Instant periodStart;

    /** Null once permanent. */
    @Column(name = "expires_at")
    public Instant expiresAt;

    @Enumerated(EnumType.STRING)
    public CredentialStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "status_changed_at")
    public Instant statusChangedAt;

    public boolean permanent;

    @Column(name = "permanent_since")
    public Instant permanentSince;

    @Column(name = "permanent_requested_at")
    public Instant permanentRequestedAt;

    @Column(name = "registry_listed")
    public boolean registryListed;

    @Column(name = "status_list_index")
    public int statusListIndex;

    @Version
    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /**
     * The status a reader should see at {@code now}: an ACTIVE credential past its expiry is EXPIRED even before
     * the daily job has marked it so.
     */
    public CredentialStatus statusAt(Instant now) {
        if (status == CredentialStatus.ACTIVE && expiresAt != null && !expiresAt.isAfter(now)) {
            return CredentialStatus.EXPIRED;
        }
        return status;
    }

    /** Permanent status was asked for and is not paid yet. */
    public boolean permanentPending() {
        return !permanent && permanentRequestedAt != null;
    }
}
