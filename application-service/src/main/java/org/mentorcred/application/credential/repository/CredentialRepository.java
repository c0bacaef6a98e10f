package org.mentorcred.application.credential.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.mentorcred.application.credential.Credential;
import org.mentorcred.application.credential.CredentialStatus;
import org.mentorcred.application.programme.ProgrammeCode;
import org.mentorcred.commons.api.PageParams;
import org.mentorcred.commons.problem.ProblemException;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CredentialRepository implements PanacheRepositoryBase<Credential, UUID> {

    public Optional<Credential> findByNumber(String number) {
        return find("number", number).firstResultOptional();
    }

    /** The credential, row-locked until the transaction ends (status changes, renewals, payments). */
    public Optional<Credential> lockByNumber(String number) {
        return find("number", number).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** {@link #lockByNumber}, or a 404 problem if no credential has this number. */
    public Credential lockExisting(String number) {
        return lockByNumber(number).orElseThrow(() -> ProblemException.notFound("Credential", number));
    }

    public Optional<Credential> findByApplication(UUID applicationId) {
        return find("applicationId", applicationId).firstResultOptional();
    }

    public Optional<Credential> lockByApplication(UUID applicationId) {
        return find("applicationId", applicationId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** A holder's credentials, newest first. */
    public PanacheQuery<Credential> ofHolder(String subject, PageParams paging) {
        return find("holderSubject", Sort.descending("issuedAt").and("id"), subject).page(paging.page, paging.size);
    }

    /** Staff search, newest first; null filters match everything. */
    public PanacheQuery<Credential> search(CredentialStatus status, ProgrammeCode programme, PageParams paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (programme != null) {
            where.append(" and awardedProgramme = :programme");
            params.and("programme", programme);
        }
        return find(where.toString(), Sort.descending("issuedAt").and("id"), params).page(paging.page, paging.size);
    }

    /**
     * The public registry: ACTIVE, unexpired credentials their holders listed, of holders who are members now; by
     * name. {@code name} matches anywhere in the holder's name, case-insensitively.
     */
    public PanacheQuery<Credential> registry(Instant now, ProgrammeCode programme, String name, PageParams paging) {
        StringBuilder where = new StringBuilder("""
                registryListed = true and status = :active and (expiresAt is null or expiresAt > :now)
                and applicant.member = true""");
        Parameters params = Parameters.with("active", CredentialStatus.ACTIVE).and("now", now);
        if (programme != null) {
            where.append(" and awardedProgramme = :programme");
            params.and("programme", programme);
        }
        if (name != null) {
            where.append(" and lower(holderName) like :name escape '\\'");
            params.and("name", "%" + name.toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return find(where.toString(), Sort.ascending("holderName").and("number"), params).page(paging.page, paging.size);
    }

    /** The next number of the credential-number sequence. */
    public long nextNumber() {
        return ((Number) getEntityManager().createNativeQuery("SELECT nextval('credential_number_seq')")
                .getSingleResult()).longValue();
    }

    /** The next free place in the status lists. */
    public int nextStatusListIndex() {
        return ((Number) getEntityManager().createNativeQuery("SELECT nextval('credential_status_index_seq')")
                .getSingleResult()).intValue();
    }

    /** The highest status-list place handed out so far, or -1. */
    public int highestStatusListIndex() {
        Number max = (Number) getEntityManager().createNativeQuery("SELECT max(status_list_index) FROM credential")
                .getSingleResult();
        return max == null ? -1 : max.intValue();
    }

    /** Places in [from, to) of credentials in {@code status}. */
    @SuppressWarnings("unchecked")
    public List<Integer> statusListIndexes(CredentialStatus status, int from, int to) {
        List<Number> rows = getEntityManager().createNativeQuery("""
                SELECT status_list_index FROM credential
                WHERE status = ?1 AND status_list_index >= ?2 AND status_list_index < ?3""")
                .setParameter(1, status.name()).setParameter(2, from).setParameter(3, to)
                .getResultList();
        return rows.stream().map(Number::intValue).toList();
    }
}
