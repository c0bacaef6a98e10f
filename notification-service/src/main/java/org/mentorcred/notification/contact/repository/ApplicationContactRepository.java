package org.mentorcred.notification.contact.repository;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorcred.notification.contact.ApplicationContact;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ApplicationContactRepository implements PanacheRepositoryBase<ApplicationContact, UUID> {

    /**
     * Serialises, until the transaction ends, everything that reads or writes the recipient of one application:
     * an email that finds no recipient and the projection that would release it cannot miss each other.
     */
    public void lockApplication(UUID applicationId) {
        getEntityManager().createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1)) AS locked")
                .setParameter(1, applicationId.getMostSignificantBits() ^ applicationId.getLeastSignificantBits())
                .getSingleResult();
    }

    /**
     * Records the applicant of an application. {@code authoritative} details (ApplicationSubmitted's) replace
     * whatever is known; others only fill a gap, for an application whose submission this service never saw.
     *
     * @return true if the details were stored
     */
    public boolean save(UUID applicationId, String name, String email, String preferredLanguage, String programme,
            String sourceEventType, boolean authoritative) {
        String onConflict = authoritative
                ? """
                  DO UPDATE SET name = excluded.name, email = excluded.email,
                      preferred_language = excluded.preferred_language,
                      programme = coalesce(excluded.programme, application_contact.programme),
                      source_event_type = excluded.source_event_type, updated_at = excluded.updated_at
                  WHERE application_contact.erased_at IS NULL"""
                : "DO NOTHING";
        return getEntityManager().createNativeQuery("""
                INSERT INTO application_contact
                    (application_id, name, email, preferred_language, programme, source_event_type, updated_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                ON CONFLICT (application_id) """ + onConflict)
                .setParameter(1, applicationId)
                .setParameter(2, name)
                .setParameter(3, email)
                .setParameter(4, preferredLanguage)
                .setParameter(5, programme)
                .setParameter(6, sourceEventType)
                .setParameter(7, OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate() == 1;
    }
}
