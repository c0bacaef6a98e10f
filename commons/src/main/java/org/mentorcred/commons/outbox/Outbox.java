package org.mentorcred.commons.outbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The transactional outbox: {@link #publish} records an event in the caller's database transaction.
 * If the transaction rolls back, the event never existed; once it commits, the {@link OutboxRelay}
 * publishes it to Kafka, however long the broker is away.
 */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_UP_REGISTERED = new Object();

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    OutboxConfig config;

    @Inject
    OutboxRelay relay;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * Records {@code payload} (serialised as JSON) as an event of CloudEvents type {@code type} for
     * {@code topic}, keyed by {@code key}. Must be called inside a transaction.
     *
     * @return the event id ({@code ce_id})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String key, String type, Object payload) {
        String json;
        try {
            json = mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload of " + type + " is not serialisable", e);
        }
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                INSERT INTO outbox_event (id, bucket, topic, message_key, event_type, payload, created_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, id)
                .setParameter(2, bucketOf(key, config.buckets()))
                .setParameter(3, topic)
                .setParameter(4, key)
                .setParameter(5, type)
                .setParameter(6, json)
                .setParameter(7, OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        wakeRelayAfterCommit();
        return id;
    }

    /**
     * Deletes the already published events of {@code key}: their payloads are copies of personal data that an
     * erasure must not leave behind (Kafka's own retention ages out the published records). Events not yet sent stay.
     *
     * @return how many were deleted
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forgetSent(String key) {
        return em.createNativeQuery("DELETE FROM outbox_event WHERE message_key = ?1 AND sent_at IS NOT NULL")
                .setParameter(1, key)
                .executeUpdate();
    }

    static int bucketOf(String key, int buckets) {
        return Math.floorMod(key.hashCode(), buckets);
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_UP_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_UP_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
    }
}
