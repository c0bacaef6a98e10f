package org.mentorcred.application.review.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorcred.application.review.ReferenceCheck;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ReferenceCheckRepository implements PanacheRepositoryBase<ReferenceCheck, UUID> {

    public List<ReferenceCheck> of(UUID applicationId) {
        return list("applicationId", Sort.ascending("requestedAt").and("engagementStart").and("id"), applicationId);
    }

    public Optional<ReferenceCheck> byTokenHash(String sha256) {
        return find("tokenSha256", sha256).firstResultOptional();
    }
}
