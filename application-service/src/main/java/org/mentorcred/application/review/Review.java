package org.mentorcred.application.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;


/** An application's review: started when it entered UNDER_REVIEW, with its target date, reviewer and decision. */
@Entity
@Table(name = "application_review")
public class Review {

    @Id
    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "target_date")
    public LocalDate targetDate;

    @Column(name = "target_weeks")
    public int targetWeeks;

    /** The training centre type that set the target, or DEFAULT. */
    @Column(name = "target_basis")
    public String targetBasis;

    /** The reviewer's subject. */
    public String assignee;

    @Column(name = "assigned_at")
    public Instant assignedAt;

    public String decision;

    @Column(name = "decision_reasons")
    public String[] decisionReasons;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;
}
