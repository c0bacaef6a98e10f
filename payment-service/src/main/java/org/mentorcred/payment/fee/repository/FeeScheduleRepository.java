package org.mentorcred.payment.fee.repository;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorcred.payment.fee.FeeSchedule;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class FeeScheduleRepository implements PanacheRepositoryBase<FeeSchedule, Integer> {

    /** The version in force on {@code date}: the latest whose effective date is not after it. */
    public Optional<FeeSchedule> effectiveOn(LocalDate date) {
        return find("effectiveFrom <= ?1 order by effectiveFrom desc", date).firstResultOptional();
    }
}
