package org.mentorcred.payment.fee.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.mentorcred.payment.fee.FeeTable;
import org.mentorcred.payment.fee.Programme;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** A published fee schedule version never changes: neither through a changed resource nor in the database. */
@QuarkusTest
class FeeScheduleStoreTest {

    @Inject
    FeeScheduleLoader loader;

    @Inject
    FeeScheduleService fees;

    @Inject
    DataSource db;

    @Test
    void aResourceThatChangesAStoredVersionIsRefused() {
        FeeTable stored = fees.effectiveOn(LocalDate.parse("2026-01-01"));
        Map<Programme, FeeTable.ProgrammeFees> changed = new EnumMap<>(stored.programmes());
        FeeTable.ProgrammeFees pm = changed.get(Programme.IPMA_PM);
        changed.put(Programme.IPMA_PM, new FeeTable.ProgrammeFees(pm.name(),
                new FeeTable.Price(new BigDecimal("149.00"), pm.accreditation().nonMember()), pm.exam()));
        FeeTable tampered = new FeeTable(stored.version(), stored.effectiveFrom(), stored.currency(), stored.note(),
                changed, stored.permanentUpgrade());

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> loader.store(tampered)));
        assertTrue(refused.getMessage().contains("immutable"), refused.getMessage());
        // The same content again is simply already there.
        QuarkusTransaction.requiringNew().run(() -> loader.store(stored));
        assertEquals(new BigDecimal("139.00"),
                fees.effectiveOn(LocalDate.parse("2026-01-01")).fees(Programme.IPMA_PM).accreditation().member());
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAStoredVersion() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class, () -> s.executeUpdate(
                    "UPDATE programme_fee SET accreditation_member = 1 WHERE schedule_version = 1"));
            assertTrue(update.getMessage().contains("immutable"), update.getMessage());
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM fee_schedule WHERE version = 1"));
        }
        assertEquals(new BigDecimal("139.00"),
                fees.effectiveOn(LocalDate.parse("2026-01-01")).fees(Programme.IPMA_PM).accreditation().member());
    }
}
