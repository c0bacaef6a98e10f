package org.mentorcred.application.application.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorcred.application.application.TimelineEntry;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TimelineRepository implements PanacheRepositoryBase<TimelineEntry, Long> {

    public List<TimelineEntry> of(UUID applicationId) {
        return list("applicationId", Sort.ascending("id"), applicationId);
    }
}
