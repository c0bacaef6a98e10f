package org.mentorcred.payment.invoice.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.mentorcred.commons.api.Page;
import org.mentorcred.commons.api.PageParams;
import org.mentorcred.payment.invoice.Invoice;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class InvoiceRepository implements PanacheRepositoryBase<Invoice, UUID> {

    public Optional<Invoice> of(UUID applicationId, Invoice.Purpose purpose) {
        return find("applicationId = ?1 and purpose = ?2", applicationId, purpose).firstResultOptional();
    }

    public List<Invoice> ofApplication(UUID applicationId) {
        return list("applicationId = ?1 order by issuedAt", applicationId);
    }

    public Optional<Invoice> lockOf(UUID applicationId, Invoice.Purpose purpose) {
        return find("applicationId = ?1 and purpose = ?2", applicationId, purpose)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * Locks the invoice row: payments, refunds and withdrawals of one invoice take turns. Call it before the
     * invoice is loaded otherwise in this transaction.
     */
    public Invoice lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Newest first, filtered by whatever is given (owner, application, status). */
    public Page<Invoice> search(String ownerSubject, UUID applicationId, Invoice.Status status, PageParams page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (ownerSubject != null) {
            where.append(" and ownerSubject = :owner");
            params.and("owner", ownerSubject);
        }
        if (applicationId != null) {
            where.append(" and applicationId = :application");
            params.and("application", applicationId);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        PanacheQuery<Invoice> query = find(where.toString(), Sort.descending("issuedAt").and("number", Sort.Direction.Descending), params);
        List<Invoice> items = query.page(io.quarkus.panache.common.Page.of(page.page, page.size)).list();
        return Page.of(items, page, query::count);
    }
}
