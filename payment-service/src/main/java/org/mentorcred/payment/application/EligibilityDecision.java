package org.mentorcred.payment.application;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.mentorcred.payment.fee.Programme;

/** The latest eligibility decision of an application (eligible, with or without pending review, issues an invoice). */
@Entity
@Table(name = "eligibility_decision")
public class EligibilityDecision {

    @Id
    public UUID applicationId;

    public UUID decisionId;

    public UUID applicantId;

    @Enumerated(EnumType.STRING)
    public Programme programme;

    public boolean eligible;

    public boolean pendingReview;

    public Instant decidedAt;

    public Instant receivedAt;
}
