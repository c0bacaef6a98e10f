package org.mentorcred.eligibility.decision.repository;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mentorcred.eligibility.rules.Programme;

/** The decision on one submission of an application; a decision is a record of fact and never changes. */
@Entity
@Immutable
@Table(name = "decision")
public class DecisionEntity {

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "applicant_id")
    public UUID applicantId;

    @Column(name = "applicant_subject")
    public String applicantSubject;

    @Enumerated(EnumType.STRING)
    public Programme programme;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    public boolean eligible;

    @Column(name = "pending_review")
    public boolean pendingReview;

    @Column(name = "rule_set_version")
    public int ruleSetVersion;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "source_event_id")
    public String sourceEventId;

    /** The evaluated requirements ({@code RequirementOutcome}s, any-of alternatives included) as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String requirements;
}
