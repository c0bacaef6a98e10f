package org.mentorcred.payment.fee.service;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.payment.fee.FeeLine;
import org.mentorcred.payment.fee.FeeTable;
import org.mentorcred.payment.fee.Programme;
import org.mentorcred.payment.fee.repository.FeeScheduleRepository;

/** The fee schedule in force on a date, and what things cost under it. */
@ApplicationScoped
public class FeeScheduleService {

    /** The lines of a price and the schedule version that priced them. */
    public record Quote(FeeTable table, List<FeeLine> lines) {

        public java.math.BigDecimal total() {
            return FeeTable.total(lines);
        }
    }

    @Inject
    FeeScheduleRepository schedules;

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** The version in force on {@code date}; 404 before the first version took effect. */
    @Transactional
    public FeeTable effectiveOn(LocalDate date) {
        return schedules.effectiveOn(date).map(s -> s.toTable()).orElseThrow(() -> new ProblemException(404,
                "no-fee-schedule", "Not found", "No fee schedule was in force on " + date));
    }

    @Transactional
    public Quote accreditation(Programme programme, boolean member, LocalDate date) {
        FeeTable table = effectiveOn(date);
        return new Quote(table, table.accreditation(programme, member));
    }
}
