package org.mentorcred.exam.authorization.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.query.NativeQuery;
import org.mentorcred.commons.api.PageParams;
import org.mentorcred.exam.authorization.AuthorizationStatus;
import org.mentorcred.exam.authorization.ExamAuthorization;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AuthorizationRepository implements PanacheRepositoryBase<ExamAuthorization, UUID> {

    /** What an ExamAuthorized event says about an authorisation. */
    public record Announced(UUID id, UUID applicationId, String programme, String level, UUID candidateId,
            String subject, String name, String email, String preferredLanguage, String country, String city,
            BigDecimal latitude, BigDecimal longitude, int attemptsAllowed, int attemptsUsed, Instant authorizedAt) {
    }

    /**
     * Inserts the authorisation, or updates the one with the same id: a repeated ExamAuthorized changes the
     * attempts and the candidate's contact, never duplicates it, never lowers the attempts used and never
     * re-activates a revoked one.
     */
    public void upsert(Announced a, Instant now) {
        // Typed binding: a null parameter of a native query has no SQL type of its own.
        getEntityManager().createNativeQuery("""
                INSERT INTO exam_authorization (id, application_id, programme, level, candidate_id, subject,
                    candidate_name, candidate_email, preferred_language, country, city, latitude, longitude,
                    attempts_allowed, attempts_used_reported, status, authorized_at, updated_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, 'ACTIVE', ?16, ?17)
                ON CONFLICT (id) DO UPDATE SET
                    subject = EXCLUDED.subject,
                    candidate_name = EXCLUDED.candidate_name,
                    candidate_email = EXCLUDED.candidate_email,
                    preferred_language = EXCLUDED.preferred_language,
                    country = EXCLUDED.country,
                    city = EXCLUDED.city,
                    latitude = EXCLUDED.latitude,
                    longitude = EXCLUDED.longitude,
                    attempts_allowed = EXCLUDED.attempts_allowed,
                    attempts_used_reported = greatest(exam_authorization.attempts_used_reported,
                                                      EXCLUDED.attempts_used_reported),
                    updated_at = EXCLUDED.updated_at""")
                .unwrap(NativeQuery.class)
                .setParameter(1, a.id())
                .setParameter(2, a.applicationId())
                .setParameter(3, a.programme())
                .setParameter(4, a.level())
                .setParameter(5, a.candidateId())
                .setParameter(6, a.subject())
                .setParameter(7, a.name())
                .setParameter(8, a.email())
                .setParameter(9, a.preferredLanguage(), String.class)
                .setParameter(10, a.country(), String.class)
                .setParameter(11, a.city(), String.class)
                .setParameter(12, a.latitude(), BigDecimal.class)
                .setParameter(13, a.longitude(), BigDecimal.class)
                .setParameter(14, a.attemptsAllowed())
                .setParameter(15, a.attemptsUsed())
                .setParameter(16, a.authorizedAt())
                .setParameter(17, now)
                .executeUpdate();
    }

    public List<ExamAuthorization> activeOf(String subject) {
        return list("subject = ?1 and status = ?2", Sort.by("authorizedAt").and("id"), subject, AuthorizationStatus.ACTIVE);
    }

    public List<ExamAuthorization> activeOfApplication(UUID applicationId) {
        return list("applicationId = ?1 and status = ?2", Sort.by("id"), applicationId, AuthorizationStatus.ACTIVE);
    }

    public PanacheQuery<ExamAuthorization> search(String subject, UUID applicationId, PageParams page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (subject != null) {
            where.append(" and subject = :subject");
            params.and("subject", subject);
        }
        if (applicationId != null) {
            where.append(" and applicationId = :applicationId");
            params.and("applicationId", applicationId);
        }
        return find(where.toString(), Sort.descending("authorizedAt").and("id"), params).page(Page.of(page.page, page.size));
    }
}
