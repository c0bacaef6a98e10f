package org.mentorcred.eligibility.decision.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class DecisionRepository implements PanacheRepositoryBase<DecisionEntity, UUID> {

    /** The decision on the application's latest submission. */
    public Optional<DecisionEntity> latest(UUID applicationId) {
        return find("applicationId", Sort.descending("submittedAt"), applicationId).firstResultOptional();
    }
}
