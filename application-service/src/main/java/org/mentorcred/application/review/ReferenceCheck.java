package org.mentorcred.application.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.mentorcred.application.evidence.RefereeRole;

/**
 * The check of one reference of an application under review. A referee who agreed to be contacted is sent a
 * single-use link (only the SHA-256 of its token is kept); the others wait for the reviewer's phone or e-mail check.
 */
@Entity
@Table(name = "reference_check")
public class ReferenceCheck {

    public enum Status {
        /** The link is out; the referee has not answered. */
        REQUESTED,
        /** No link (no consent or no e-mail): the reviewer checks by hand. */
        MANUAL,
        CONFIRMED,
        DENIED
    }

    public enum Method {
        LINK, PHONE, EMAIL
    }

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "reference_id")
    public UUID referenceId;

    @Column(name = "engagement_id")
    public UUID engagementId;

    @Column(name = "referee_name")
    public String refereeName;

    @Column(name = "referee_email")
    public String refereeEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "referee_role")
    public RefereeRole refereeRole;

    @Column(name = "mentee_name")
    public String menteeName;

    @Column(name = "engagement_start")
    public LocalDate engagementStart;

    @Column(name = "engagement_end")
    public LocalDate engagementEnd;

    @Column(name = "engagement_hours")
    public BigDecimal engagementHours;

    @Column(name = "token_sha256")
    public String tokenSha256;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Enumerated(EnumType.STRING)
    public Method method;

    public String comment;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "responded_at")
    public Instant respondedAt;

    /** The reviewer's subject for a check by hand; {@code referee} for an answer through the link. */
    @Column(name = "recorded_by")
    public String recordedBy;

    public boolean answered() {
        return status == Status.CONFIRMED || status == Status.DENIED;
    }
}
