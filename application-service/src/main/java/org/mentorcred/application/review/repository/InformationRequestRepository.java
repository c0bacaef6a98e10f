package org.mentorcred.application.review.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorcred.application.review.InformationRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class InformationRequestRepository implements PanacheRepositoryBase<InformationRequest, UUID> {

    public List<InformationRequest> of(UUID applicationId) {
        return list("applicationId", Sort.ascending("askedAt").and("id"), applicationId);
    }

    public long openOf(UUID applicationId) {
        return count("applicationId = ?1 and answeredAt is null", applicationId);
    }
}
