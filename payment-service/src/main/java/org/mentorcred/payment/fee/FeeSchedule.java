package org.mentorcred.payment.fee;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;

/** A stored fee schedule version (immutable; the database refuses updates and deletes). */
@Entity
@Table(name = "fee_schedule")
public class FeeSchedule {

    @Id
    public Integer version;

    public LocalDate effectiveFrom;

    public String currency;

    public BigDecimal permanentUpgradeMember;

    public BigDecimal permanentUpgradeNonMember;

    public String note;

    public String fingerprint;

    public Instant loadedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_fee", joinColumns = @JoinColumn(name = "schedule_version"))
    @MapKeyColumn(name = "programme")
    @MapKeyEnumerated(EnumType.STRING)
    public Map<Programme, Fees> programmes = new EnumMap<>(Programme.class);

    @Embeddable
    public static class Fees {
        @Column(name = "programme_name")
        public String name;
        public BigDecimal accreditationMember;
        public BigDecimal accreditationNonMember;
        public BigDecimal examFee;
    }

    public static FeeSchedule of(FeeTable table, String fingerprint, Instant loadedAt) {
        FeeSchedule schedule = new FeeSchedule();
        schedule.version = table.version();
        schedule.effectiveFrom = table.effectiveFrom();
        schedule.currency = table.currency();
        schedule.permanentUpgradeMember = table.permanentUpgrade().member();
        schedule.permanentUpgradeNonMember = table.permanentUpgrade().nonMember();
        schedule.note = table.note();
        schedule.fingerprint = fingerprint;
        schedule.loadedAt = loadedAt;
        table.programmes().forEach((programme, fees) -> {
            Fees row = new Fees();
            row.name = fees.name();
            row.accreditationMember = fees.accreditation().member();
            row.accreditationNonMember = fees.accreditation().nonMember();
            row.examFee = fees.exam();
            schedule.programmes.put(programme, row);
        });
        return schedule;
    }

    public FeeTable toTable() {
        Map<Programme, FeeTable.ProgrammeFees> fees = new EnumMap<>(Programme.class);
        programmes.forEach((programme, row) -> fees.put(programme, new FeeTable.ProgrammeFees(row.name,
                new FeeTable.Price(row.accreditationMember, row.accreditationNonMember), row.examFee)));
        return new FeeTable(version, effectiveFrom, currency, note, fees,
                new FeeTable.Price(permanentUpgradeMember, permanentUpgradeNonMember));
    }
}
