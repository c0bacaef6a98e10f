package org.mentorcred.application.provider;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PartnerApiKeyRepository implements PanacheRepositoryBase<PartnerApiKey, UUID> {

    public Optional<PartnerApiKey> findByKeyId(String keyId) {
        return find("keyId", keyId).firstResultOptional();
    }
}
