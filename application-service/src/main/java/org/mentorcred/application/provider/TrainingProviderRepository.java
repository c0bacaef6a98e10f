package org.mentorcred.application.provider;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorcred.application.evidence.CentreType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TrainingProviderRepository implements PanacheRepositoryBase<TrainingProvider, UUID> {

    public List<TrainingProvider> activeQtsps() {
        return list("type = ?1 and active = true", Sort.ascending("id"), CentreType.QTSP);
    }
}
