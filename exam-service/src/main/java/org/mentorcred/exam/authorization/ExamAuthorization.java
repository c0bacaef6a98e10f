package org.mentorcred.exam.authorization;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.mentorcred.exam.common.Level;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A candidate's authorisation to sit the exam of one level, as application-service announced it (ExamAuthorized). */
@Entity
@Table(name = "exam_authorization")
public class ExamAuthorization extends PanacheEntityBase {

    /** The authorizationId of the event. */
    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    public String programme;

    @Enumerated(EnumType.STRING)
    public Level level;

    /** The applicant's id in application-service (candidateId in our events). */
    @Column(name = "candidate_id")
    public UUID candidateId;

    /** Subject of the candidate's bearer token: who may book with this authorisation. */
    public String subject;

    @Column(name = "candidate_name")
    public String candidateName;

    @Column(name = "candidate_email")
    public String candidateEmail;

    @Column(name = "preferred_language")
    public String preferredLanguage;

    public String country;

    public String city;

    public BigDecimal latitude;

    public BigDecimal longitude;

    @Column(name = "attempts_allowed")
    public int attemptsAllowed;

    @Column(name = "attempts_used_reported")
    public int attemptsUsedReported;

    @Enumerated(EnumType.STRING)
    public AuthorizationStatus status;

    @Column(name = "authorized_at")
    public Instant authorizedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
