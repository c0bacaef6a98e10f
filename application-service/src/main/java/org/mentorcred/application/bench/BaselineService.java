package org.mentorcred.application.bench;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The benchmarks' yardstick: one row inserted in one transaction through the same stack as the real
 * endpoints (data source, pool, ORM session, JTA), with no validation, no lookups and no outbox.
 */
@ApplicationScoped
public class BaselineService {

    @Inject
    EntityManager em;

    @Transactional
    public UUID insert(String subject) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("INSERT INTO bench_baseline (id, subject, created_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, id)
                .setParameter(2, subject)
                .setParameter(3, OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        return id;
    }
}
