package org.mentorcred.application.application.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.mentorcred.application.application.Application;
import org.mentorcred.application.application.ApplicationStatus;
import org.mentorcred.application.application.ProviderAssignment;
import org.mentorcred.application.programme.ProgrammeCode;
import org.mentorcred.commons.api.PageParams;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ApplicationRepository implements PanacheRepositoryBase<Application, UUID> {

    /** The application with its applicant, in one query: every access check reads the applicant. */
    public Optional<Application> findWithApplicant(UUID id) {
        return find("from Application a join fetch a.applicant where a.id = ?1", id).firstResultOptional();
    }

    public Optional<Application> findOpen(UUID applicantId, ProgrammeCode programme) {
        return find("applicant.id = ?1 and programme = ?2 and status not in ?3", applicantId, programme,
                ApplicationStatus.CLOSED).firstResultOptional();
    }

    /** A page of applications, newest first; null filters match everything. */
    public PanacheQuery<Application> search(String applicantSubject, ApplicationStatus status, ProgrammeCode programme,
            PageParams paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (applicantSubject != null) {
            where.append(" and applicant.subject = :subject");
            params.and("subject", applicantSubject);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (programme != null) {
            where.append(" and programme = :programme");
            params.and("programme", programme);
        }
        return find(where.toString(), Sort.descending("createdAt").and("id"), params)
                .page(paging.page, paging.size);
    }

    /**
     * The application, its row locked until the transaction ends: event handlers, jobs and reviewer actions
     * that change an application's status take this lock, so they apply one after another, never on a stale read.
     */
    public Optional<Application> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Open applications in {@code status} of the applicants with one of these e-mails (case-insensitively), verified. */
    public List<UUID> idsInStatusForEmails(ApplicationStatus status, java.util.Collection<String> emails) {
        if (emails.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("""
                SELECT a.id FROM Application a WHERE a.status = :status AND a.applicant.emailVerified = true
                  AND lower(a.applicant.email) IN :emails
                ORDER BY a.id""", UUID.class)
                .setParameter("status", status)
                .setParameter("emails", emails.stream().map(e -> e.toLowerCase(java.util.Locale.ROOT)).toList())
                .getResultList();
    }

    public List<Application> pendingProviderAssignment() {
        return list("providerAssignment = ?1 and status not in ?2", Sort.ascending("createdAt"),
                ProviderAssignment.PENDING, ApplicationStatus.CLOSED);
    }
}
