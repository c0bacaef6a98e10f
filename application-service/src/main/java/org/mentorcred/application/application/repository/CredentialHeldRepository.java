package org.mentorcred.application.application.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorcred.application.application.section.CredentialHeld;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CredentialHeldRepository implements PanacheRepositoryBase<CredentialHeld, UUID> {

    public List<CredentialHeld> of(UUID applicationId) {
        return list("applicationId", Sort.ascending("createdAt").and("id"), applicationId);
    }

    public long countUsing(UUID documentId) {
        return count("documentId", documentId);
    }
}
