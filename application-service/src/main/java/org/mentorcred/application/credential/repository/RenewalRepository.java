package org.mentorcred.application.credential.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.mentorcred.application.credential.Renewal;
import org.mentorcred.commons.api.PageParams;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RenewalRepository implements PanacheRepositoryBase<Renewal, UUID> {

    public List<Renewal> ofCredential(UUID credentialId) {
        return list("credentialId", Sort.descending("submittedAt").and("id"), credentialId);
    }

    public Optional<Renewal> pendingOf(UUID credentialId) {
        return find("credentialId = ?1 and status = ?2", credentialId, Renewal.Status.SUBMITTED).firstResultOptional();
    }

    public Optional<Renewal> lock(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Renewals in {@code status}, oldest first: the reviewers' queue. */
    public PanacheQuery<Renewal> inStatus(Renewal.Status status, PageParams paging) {
        return find("status", Sort.ascending("submittedAt").and("id"), status).page(paging.page, paging.size);
    }
}
