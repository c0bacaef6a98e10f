package org.mentorcred.application.provider;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mentorcred.application.common.Sha256;
import org.mentorcred.application.common.Times;
import org.mentorcred.commons.api.Page;
import org.mentorcred.commons.api.PageParams;
import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.security.CurrentUser;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

/**
 * Partner API keys: created by an admin and shown once, several per provider so a key can be rotated without
 * downtime (create the new one, switch, revoke the old), revocable, with their last use recorded.
 */
@ApplicationScoped
public class ApiKeyService {

    /** Who a valid key speaks for. */
    public record Partner(UUID providerId, UUID apiKeyId) {
    }

    /** Compared when the key id is unknown, so an unknown key costs what a wrong secret costs. */
    private static final byte[] NO_SECRET = Sha256.digest("no such key");

    @Inject
    PartnerApiKeyRepository keys;

    @Inject
    TrainingProviderService providers;

    @Inject
    PartnerConfig config;

    @Inject
    CurrentUser user;

    @Transactional
    public CreatedApiKey create(UUID providerId, String label) {
        providers.find(providerId);
        ApiKeys.Parsed generated;
        do {
            generated = ApiKeys.generate();
        } while (keys.findByKeyId(generated.keyId()).isPresent());
        PartnerApiKey k = new PartnerApiKey();
        k.id = UUID.randomUUID();
        k.providerId = providerId;
        k.keyId = generated.keyId();
        k.secretSha256 = Sha256.digest(generated.secret());
        k.label = label == null || label.isBlank() ? null : label.strip();
        k.createdAt = Times.now();
        k.createdBy = user.subject();
        keys.persist(k);
        return new CreatedApiKey(k.id, k.keyId, generated.key(), k.label, k.createdAt);
    }

    @Transactional
    public Page<ApiKeyView> list(UUID providerId, PageParams paging) {
        providers.find(providerId);
        PanacheQuery<PartnerApiKey> query = keys.find("providerId", Sort.descending("createdAt").and("id"), providerId)
                .page(paging.page, paging.size);
        List<ApiKeyView> items = query.list().stream().map(ApiKeyView::of).toList();
        return Page.of(items, paging, query::count);
    }

    /** Revoking twice is harmless: the first revocation stands. */
    @Transactional
    public ApiKeyView revoke(UUID providerId, UUID apiKeyId) {
        PartnerApiKey k = keys.findByIdOptional(apiKeyId).filter(key -> key.providerId.equals(providerId))
                .orElseThrow(() -> ProblemException.notFound("API key", apiKeyId));
        if (k.revokedAt == null) {
            k.revokedAt = Times.now();
            k.revokedBy = user.subject();
        }
        return ApiKeyView.of(k);
    }

    /**
     * The partner a presented key speaks for: known, not revoked, secret matching (compared in constant time),
     * provider active. Records the use, at most once per {@code mentorcred.partner.last-used-resolution}.
     */
    @ActivateRequestContext // runs on a worker thread during authentication, before any request scope
    @Transactional
    public Optional<Partner> authenticate(String presented) {
        Optional<ApiKeys.Parsed> parsed = ApiKeys.parse(presented);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Optional<PartnerApiKey> stored = keys.findByKeyId(parsed.get().keyId());
        byte[] expected = stored.map(k -> k.secretSha256).orElse(NO_SECRET);
        boolean secretMatches = MessageDigest.isEqual(expected, Sha256.digest(parsed.get().secret()));
        if (stored.isEmpty() || !secretMatches || stored.get().revokedAt != null) {
            return Optional.empty();
        }
        PartnerApiKey key = stored.get();
        if (!providers.find(key.providerId).active) {
            return Optional.empty();
        }
        Instant now = Times.now();
        keys.getEntityManager().createQuery("""
                UPDATE PartnerApiKey k SET k.lastUsedAt = :now
                WHERE k.id = :id AND (k.lastUsedAt IS NULL OR k.lastUsedAt < :stale)""")
                .setParameter("now", now)
                .setParameter("id", key.id)
                .setParameter("stale", now.minus(config.lastUsedResolution()))
                .executeUpdate();
        return Optional.of(new Partner(key.providerId, key.id));
    }
}
