package org.mentorcred.payment.application;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.mentorcred.payment.fee.Programme;

/**
 * What this service knows of an application, from application-service's events: who applied (and the
 * token subject that owns their invoices), for which programme, at which price group, and whether it was
 * withdrawn. Fields are null until ApplicationSubmitted arrives.
 */
@Entity
@Table(name = "application_projection")
public class ApplicationProjection {

    @Id
    public UUID applicationId;

    public UUID applicantId;

    public String applicantSubject;

    public String applicantName;

    public String applicantEmail;

    public String preferredLanguage;

    @Enumerated(EnumType.STRING)
    public Programme programme;

    public Boolean member;

    public Instant submittedAt;

    public Instant withdrawnAt;

    public String withdrawalReason;

    public Instant updatedAt;

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }
}
