package org.mentorcred.application.programme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.mentorcred.application.common.Sha256;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the programme catalogue at start, checks it, and records its version in the database. A version
 * already recorded with other content stops the start: a changed catalogue must carry a new version, so the
 * version an application records always means the same rules.
 */
@ApplicationScoped
public class ProgrammeCatalogueStore {

    private static final Logger LOG = Logger.getLogger(ProgrammeCatalogueStore.class);

    @Inject
    ProgrammesConfig config;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    private volatile ProgrammeCatalogue current;

    @Transactional
    void load(@Observes StartupEvent started) {
        byte[] json = read(config.catalogue());
        ProgrammeCatalogue catalogue = ProgrammeCatalogue.parse(json);
        String content;
        try {
            content = mapper.writeValueAsString(mapper.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String checksum = Sha256.hexDigest(content.getBytes(StandardCharsets.UTF_8));
        em.createNativeQuery("""
                INSERT INTO programme_catalogue (version, checksum, content) VALUES (?1, ?2, CAST(?3 AS jsonb))
                ON CONFLICT (version) DO NOTHING""")
                .setParameter(1, catalogue.version()).setParameter(2, checksum).setParameter(3, content)
                .executeUpdate();
        @SuppressWarnings("unchecked")
        List<String> stored = em.createNativeQuery("SELECT checksum FROM programme_catalogue WHERE version = ?1")
                .setParameter(1, catalogue.version()).getResultList();
        if (!stored.get(0).trim().equals(checksum)) {
            throw new InvalidCatalogueException(List.of("version " + catalogue.version()
                    + " was loaded before with different content; give the changed catalogue a new version"));
        }
        current = catalogue;
        LOG.infof("Programme catalogue %s loaded (%d programmes)", catalogue.version(), catalogue.programmes().size());
    }

    public ProgrammeCatalogue current() {
        return current;
    }

    private static byte[] read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidCatalogueException(List.of("resource " + resource + " not found"));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
