package org.mentorcred.payment.application;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A holder's request to buy permanent status, and what became of it. */
@Entity
@Table(name = "permanent_status_request")
public class PermanentStatusRequest {

    public enum Status {
        /** The application it belongs to is not known here yet; invoiced when it is. */
        AWAITING_APPLICATION,
        INVOICED,
        /** Not sold to this holder (the fee schedule has no price for non-members). */
        REJECTED
    }

    @Id
    public UUID credentialId;

    public String credentialNumber;

    public UUID applicationId;

    public UUID applicantId;

    public boolean member;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String reason;

    public Instant requestedAt;

    public Instant updatedAt;
}
