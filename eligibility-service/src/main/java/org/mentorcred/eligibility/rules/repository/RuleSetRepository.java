package org.mentorcred.eligibility.rules.repository;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

import org.mentorcred.eligibility.rules.Programme;
import org.mentorcred.eligibility.rules.engine.RuleSet;
import org.mentorcred.eligibility.rules.model.RuleSetJson;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RuleSetRepository implements PanacheRepositoryBase<RuleSetEntity, RuleSetEntity.Key> {

    public Optional<RuleSetEntity> find(Programme programme, int version) {
        return findByIdOptional(new RuleSetEntity.Key(programme, version));
    }

    /** The version in effect on {@code date}: the one with the latest effective date on or before it. */
    public Optional<RuleSetEntity> inEffectOn(Programme programme, LocalDate date) {
        return find("programme = ?1 and effectiveFrom <= ?2", Sort.descending("effectiveFrom"), programme, date)
                .firstResultOptional();
    }

    public Optional<RuleSetEntity> earliest(Programme programme) {
        return find("programme", Sort.ascending("version"), programme).firstResultOptional();
    }

    public Optional<RuleSetEntity> latest(Programme programme) {
        return find("programme", Sort.descending("version"), programme).firstResultOptional();
    }

    /** Newest first. */
    public PanacheQuery<RuleSetEntity> versions(Programme programme) {
        return find("programme", Sort.descending("version"), programme);
    }

    /**
     * Stores a version unless its number or its effective date is taken (several instances may store the same
     * bundled versions at once).
     *
     * @return whether this call stored it
     */
    public boolean insert(RuleSet ruleSet, String checksum, String origin, String publishedBy) {
        return getEntityManager().createNativeQuery("""
                INSERT INTO rule_set (programme, version, effective_from, document, checksum, origin, published_by)
                VALUES (?1, ?2, ?3, CAST(?4 AS jsonb), ?5, ?6, ?7)
                ON CONFLICT DO NOTHING""")
                .setParameter(1, ruleSet.programme().name())
                .setParameter(2, ruleSet.version())
                .setParameter(3, ruleSet.effectiveFrom())
                .setParameter(4, RuleSetJson.write(ruleSet.document()))
                .setParameter(5, checksum)
                .setParameter(6, origin)
                .setParameter(7, new TypedParameterValue<>(StandardBasicTypes.STRING, publishedBy))
                .executeUpdate() == 1;
    }
}
