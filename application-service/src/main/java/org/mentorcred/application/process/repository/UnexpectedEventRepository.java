package org.mentorcred.application.process.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorcred.application.process.UnexpectedEvent;
import org.mentorcred.commons.api.PageParams;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class UnexpectedEventRepository implements PanacheRepositoryBase<UnexpectedEvent, Long> {

    /** Newest first; only those of one application if {@code applicationId} is given. */
    public PanacheQuery<UnexpectedEvent> search(UUID applicationId, PageParams paging) {
        Sort newestFirst = Sort.descending("receivedAt").and("id", Sort.Direction.Descending);
        PanacheQuery<UnexpectedEvent> query = applicationId == null ? findAll(newestFirst)
                : find("applicationId", newestFirst, applicationId);
        return query.page(paging.page, paging.size);
    }
}
