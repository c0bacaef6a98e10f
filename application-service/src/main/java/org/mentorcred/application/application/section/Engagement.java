package org.mentorcred.application.application.section;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.mentorcred.application.evidence.EngagementKind;

/** A mentoring engagement and, optionally, its reference. */
@Entity
@Table(name = "engagement")
public class Engagement {

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "mentee_name")
    public String menteeName;

    @Column(name = "mentee_email")
    public String menteeEmail;

    @Enumerated(EnumType.STRING)
    public EngagementKind kind;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    public BigDecimal hours;

    public boolean completed;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Null without a reference. */
    @Embedded
    public Reference reference;
}
