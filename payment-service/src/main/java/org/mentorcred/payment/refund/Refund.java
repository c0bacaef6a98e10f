package org.mentorcred.payment.refund;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Money given back on a payment, in full or in part. */
@Entity
@Table(name = "refund")
public class Refund {

    public enum Status {
        PENDING, SUCCEEDED, FAILED
    }

    @Id
    public UUID id;

    public UUID paymentId;

    public UUID invoiceId;

    public BigDecimal amount;

    public String currency;

    public String reason;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String requestedBy;

    public boolean automatic;

    public String providerRefundId;

    public String failureReason;

    public Instant createdAt;

    public Instant completedAt;

    public Instant nextAttemptAt;

    public int attempts;
}
