package org.mentorcred.payment.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One attempt to pay an invoice. Of the card, only brand and last four digits are kept. */
@Entity
@Table(name = "payment")
public class Payment {

    public enum Status {
        PENDING, SUCCEEDED, FAILED
    }

    @Id
    public UUID id;

    public UUID invoiceId;

    public String payerSubject;

    public String provider;

    public String providerPaymentId;

    public BigDecimal amount;

    public String currency;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String cardBrand;

    public String cardLast4;

    public String failureReason;

    public String declineCode;

    public BigDecimal refundedAmount;

    public Instant createdAt;

    public Instant completedAt;

    public Instant nextCheckAt;

    @Version
    public long version;

    public BigDecimal refundable() {
        return amount.subtract(refundedAmount);
    }
}
