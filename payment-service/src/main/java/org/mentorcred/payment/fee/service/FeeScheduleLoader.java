package org.mentorcred.payment.fee.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.mentorcred.payment.config.PaymentConfig;
import org.mentorcred.payment.fee.FeeSchedule;
import org.mentorcred.payment.fee.FeeScheduleDocument;
import org.mentorcred.payment.fee.FeeTable;
import org.mentorcred.payment.fee.repository.FeeScheduleRepository;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the fee schedule resources at start: each is validated, then stored if its version is new. A
 * resource that changes an already stored version stops the start: published versions are immutable
 * (invoices refer to them), so a new price is a new version with a later effective date.
 */
@ApplicationScoped
public class FeeScheduleLoader {

    private static final Logger LOG = Logger.getLogger(FeeScheduleLoader.class);

    @Inject
    PaymentConfig config;

    @Inject
    FeeScheduleRepository schedules;

    @Inject
    ObjectMapper mapper;

    /** Before the Kafka channels start (priority 1000): an invoice must never find the schedule missing. */
    void onStart(@Observes @Priority(100) StartupEvent event) {
        List<FeeTable> tables = new ArrayList<>();
        for (String resource : config.fees().resources()) {
            tables.add(read(resource));
        }
        checkOrder(tables);
        // Several instances may start together: the primary key lets one insert win, the others compare.
        tables.forEach(table -> QuarkusTransaction.requiringNew().run(() -> store(table)));
    }

    FeeTable read(String resource) {
        FeeScheduleDocument document;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Fee schedule resource " + resource + " does not exist");
            }
            document = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, FeeScheduleDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Fee schedule resource " + resource + " is not readable: " + e.getMessage(), e);
        }
        List<String> errors = document.validate();
        if (!errors.isEmpty()) {
            throw new IllegalStateException("Fee schedule resource " + resource + " is invalid:\n  "
                    + String.join("\n  ", errors));
        }
        return document.toTable();
    }

    /** Later versions take effect later: the version in force on a date is never ambiguous. */
    public static void checkOrder(List<FeeTable> tables) {
        List<FeeTable> sorted = tables.stream().sorted(Comparator.comparing(FeeTable::version)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            FeeTable before = sorted.get(i - 1);
            FeeTable after = sorted.get(i);
            if (before.version() == after.version()) {
                throw new IllegalStateException("Fee schedule version " + after.version() + " is given twice");
            }
            if (!after.effectiveFrom().isAfter(before.effectiveFrom())) {
                throw new IllegalStateException("Fee schedule version " + after.version() + " must take effect after "
                        + "version " + before.version() + " (" + before.effectiveFrom() + ")");
            }
        }
    }

    void store(FeeTable table) {
        String fingerprint = FeeScheduleDocument.fingerprint(table);
        FeeSchedule stored = schedules.findById(table.version());
        if (stored == null) {
            schedules.getEntityManager().createNativeQuery("LOCK TABLE fee_schedule IN SHARE ROW EXCLUSIVE MODE")
                    .executeUpdate();
            stored = schedules.findById(table.version());
        }
        if (stored == null) {
            schedules.persist(FeeSchedule.of(table, fingerprint, Instant.now()));
            LOG.infof("Fee schedule version %d (effective %s) stored", table.version(), table.effectiveFrom());
        } else if (!stored.fingerprint.equals(fingerprint)) {
            throw new IllegalStateException("Fee schedule version " + table.version()
                    + " differs from the stored version of the same number. Published versions are immutable: "
                    + "give the new prices a new version number and effective date.");
        }
    }
}
