package org.mentorcred.payment.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mentorcred.payment.fee.FeeLine;
import org.mentorcred.payment.fee.Programme;

@Entity
@Table(name = "invoice")
public class Invoice {

    public enum Status {
        OPEN, PAID, VOID, REFUNDED
    }

    public enum Purpose {
        ACCREDITATION, PERMANENT_UPGRADE
    }

    @Id
    public UUID id;

    /** INV-YYYY-NNNNNN, gap-free per year. */
    public String number;

    public UUID applicationId;

    public UUID applicantId;

    /** Token subject of the applicant: who may see and pay it. */
    public String ownerSubject;

    @Enumerated(EnumType.STRING)
    public Purpose purpose;

    @Enumerated(EnumType.STRING)
    public Programme programme;

    public String credentialNumber;

    public boolean member;

    public String currency;

    public BigDecimal total;

    public int feeScheduleVersion;

    @Enumerated(EnumType.STRING)
    public Status status;

    public Instant issuedAt;

    public LocalDate dueDate;

    public Instant paidAt;

    public Instant voidedAt;

    public String voidReason;

    public Instant refundedAt;

    @Version
    public long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "invoice_line", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderColumn(name = "line_no")
    public List<Line> lines = new ArrayList<>();

    @Embeddable
    public static class Line {
        public String code;
        public String description;
        public BigDecimal amount;

        public static Line of(FeeLine line) {
            Line row = new Line();
            row.code = line.code();
            row.description = line.description();
            row.amount = line.amount();
            return row;
        }
    }
}
