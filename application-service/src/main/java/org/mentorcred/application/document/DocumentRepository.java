package org.mentorcred.application.document;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<Document, UUID> {

    /** Metadata of an application's documents, oldest first (the bytes stay in the database). */
    public List<DocumentView> viewsOf(UUID applicationId) {
        return getEntityManager().createQuery("""
                SELECT new org.mentorcred.application.document.DocumentView(
                    d.id, d.filename, d.contentType, d.sizeBytes, d.sha256, d.uploadedAt)
                FROM Document d WHERE d.applicationId = :application ORDER BY d.uploadedAt, d.id""", DocumentView.class)
                .setParameter("application", applicationId).getResultList();
    }

    public long countOf(UUID applicationId) {
        return count("applicationId", applicationId);
    }

    /** Which of {@code ids} are documents of the application. */
    public Set<UUID> existing(UUID applicationId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return getEntityManager().createQuery(
                "SELECT d.id FROM Document d WHERE d.applicationId = :application AND d.id IN :ids", UUID.class)
                .setParameter("application", applicationId).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toSet());
    }
}
