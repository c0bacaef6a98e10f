package org.mentorcred.payment.application.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorcred.payment.application.PermanentStatusRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PermanentStatusRequestRepository implements PanacheRepositoryBase<PermanentStatusRequest, UUID> {

    public List<PermanentStatusRequest> awaiting(UUID applicationId) {
        return list("applicationId = ?1 and status = ?2", applicationId,
                PermanentStatusRequest.Status.AWAITING_APPLICATION);
    }
}
