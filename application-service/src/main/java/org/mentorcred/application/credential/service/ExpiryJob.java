package org.mentorcred.application.credential.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;
import org.mentorcred.application.common.Times;
import org.mentorcred.application.credential.Credential;
import org.mentorcred.application.credential.CredentialStatus;
import org.mentorcred.application.credential.config.CredentialRules;
import org.mentorcred.application.credential.config.CredentialsConfig;
import org.mentorcred.application.credential.mapping.CredentialViews;
import org.mentorcred.application.credential.mapping.ExpiryRunView;
import org.mentorcred.application.credential.messaging.CredentialEvents;
import org.mentorcred.application.credential.messaging.CredentialExpiring;
import org.mentorcred.application.credential.messaging.Holder;
import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.problem.Violation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The daily expiry job: marks credentials whose validity has ended EXPIRED, and sends {@code CredentialExpiring}
 * once per threshold (90 and 30 days before the expiry date). It works in small transactions, each holding a
 * database advisory lock, so any number of instances may run it at once: they take turns, and a reminder row
 * (unique per credential, expiry and threshold) makes each reminder happen once. A day missed (every instance
 * down) is caught up by the next run: whatever is within a threshold and not yet reminded is reminded.
 * Permanent credentials have no expiry and never appear.
 */
@ApplicationScoped
public class ExpiryJob {

    private static final Logger LOG = Logger.getLogger(ExpiryJob.class);
    /** Advisory lock key of the job ("MCCREXPY"), distinct from any other lock of this database. */
    static final long LOCK_KEY = 0x4d43_4352_4558_5059L;

    @Inject
    CredentialsConfig config;

    @Inject
    CredentialRules rules;

    @Inject
    EntityManager em;

    @Inject
    Expirer expirer;

    @Inject
    CredentialEvents events;

    @Inject
    CredentialViews views;

    @Scheduled(identity = "credential-expiry", cron = "${mentorcred.credentials.expiry.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void daily() {
        try {
            ExpiryRunView run = run(null);
            LOG.infof("Credential expiry job: %d expired, reminders sent %s", run.expired(), run.remindersSent());
        } catch (RuntimeException e) {
            LOG.warnf(e, "Credential expiry job failed; the next run catches up");
        }
    }

    /**
     * Runs the job now, or as at 00:00 UTC of {@code asOf}. A future date is refused unless
     * {@code mentorcred.credentials.expiry.future-as-of-allowed} (it would expire credentials early).
     */
    public ExpiryRunView run(LocalDate asOf) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (asOf == null || asOf.equals(today)) {
            return run(today, Times.now());
        }
        if (asOf.isAfter(today) && !config.expiry().futureAsOfAllowed()) {
            throw ProblemException.unprocessable("future-as-of", "The expiry job does not run as of a future date",
                    List.of(new Violation("asOf", "must not be after " + today)));
        }
        return run(asOf, asOf.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private ExpiryRunView run(LocalDate asOf, Instant at) {
        int batch = config.expiry().batchSize();
        int expired = 0;
        int done;
        do {
            done = QuarkusTransaction.requiringNew().call(() -> expireBatch(at, batch));
            expired += done;
        } while (done == batch);

        // Bands of expiry dates, nearest threshold first: (at, day+31d) gets the 30-day reminder, [day+31d, day+91d)
        // the 90-day one. Days are whole calendar days (UTC) before the expiry date.
        Map<Integer, Integer> sent = new TreeMap<>();
        Instant day = asOf.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant lower = at;
        for (int threshold : rules.reminderDays()) {
            Instant upper = day.plus(threshold + 1L, ChronoUnit.DAYS);
            Instant from = lower;
            int total = 0;
            int[] result;
            do {
                result = QuarkusTransaction.requiringNew().call(() -> remindBatch(at, from, upper, threshold, batch));
                total += result[1];
            } while (result[0] == batch && result[1] > 0);
            sent.put(threshold, total);
            lower = upper;
        }
        return new ExpiryRunView(asOf, at, sent, expired);
    }

    private int expireBatch(Instant at, int batch) {
        takeTurn();
        List<Credential> due = em.createQuery("""
                SELECT c FROM Credential c WHERE c.status = :active AND c.permanent = false AND c.expiresAt <= :at
                ORDER BY c.expiresAt, c.id""", Credential.class)
                .setParameter("active", CredentialStatus.ACTIVE).setParameter("at", at)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(batch)
                .getResultList();
        int expired = 0;
        for (Credential credential : due) {
            if (expirer.expireIfDue(credential, at)) {
                expired++;
            }
        }
        return expired;
    }

    /** @return {credentials selected, reminders sent} */
    private int[] remindBatch(Instant at, Instant from, Instant upper, int threshold, int batch) {
        takeTurn();
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                SELECT c.id FROM credential c
                WHERE c.status = 'ACTIVE' AND NOT c.permanent
                  AND c.expires_at > ?1 AND c.expires_at >= ?2 AND c.expires_at < ?3
                  AND NOT EXISTS (SELECT 1 FROM credential_expiry_reminder r
                                  WHERE r.credential_id = c.id AND r.expires_at = c.expires_at AND r.days_before = ?4)
                ORDER BY c.expires_at, c.id
                LIMIT ?5
                FOR UPDATE OF c""", UUID.class)
                .setParameter(1, at).setParameter(2, from).setParameter(3, upper).setParameter(4, threshold)
                .setParameter(5, batch)
                .getResultList();
        Instant now = Times.now();
        int sent = 0;
        for (UUID id : ids) {
            Credential credential = em.find(Credential.class, id);
            int inserted = em.createNativeQuery("""
                    INSERT INTO credential_expiry_reminder (credential_id, expires_at, days_before, sent_at)
                    VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING""")
                    .setParameter(1, id).setParameter(2, credential.expiresAt).setParameter(3, threshold)
                    .setParameter(4, now)
                    .executeUpdate();
            if (inserted == 1) {
                events.expiring(new CredentialExpiring(credential.id, credential.number, credential.applicationId,
                        Holder.of(credential.applicant), credential.expiresAt, threshold,
                        views.renewalUrl(credential.number)));
                sent++;
            }
        }
        return new int[] { ids.size(), sent };
    }

    /** Instances run the job's transactions one at a time; the lock ends with the transaction. */
    private void takeTurn() {
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1)) AS turn")
                .setParameter(1, LOCK_KEY).getSingleResult();
    }
}
