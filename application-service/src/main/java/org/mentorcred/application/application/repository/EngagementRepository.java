package org.mentorcred.application.application.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorcred.application.application.section.Engagement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class EngagementRepository implements PanacheRepositoryBase<Engagement, UUID> {

    public List<Engagement> of(UUID applicationId) {
        return list("applicationId", Sort.ascending("createdAt").and("id"), applicationId);
    }

    public long countUsing(UUID documentId) {
        return count("reference.documentId", documentId);
    }
}
