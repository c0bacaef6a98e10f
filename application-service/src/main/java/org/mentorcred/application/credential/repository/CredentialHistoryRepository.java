package org.mentorcred.application.credential.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorcred.application.credential.CredentialHistoryEntry;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CredentialHistoryRepository implements PanacheRepositoryBase<CredentialHistoryEntry, Long> {

    public List<CredentialHistoryEntry> of(UUID credentialId) {
        return list("credentialId", Sort.ascending("id"), credentialId);
    }
}
