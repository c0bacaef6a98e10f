package org.mentorcred.application.process.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorcred.application.process.ApplicationInvoice;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class InvoiceRepository implements PanacheRepositoryBase<ApplicationInvoice, UUID> {

    /** The latest application-fee invoice of an application. */
    public Optional<ApplicationInvoice> latestFeeOf(UUID applicationId) {
        return find("applicationId = ?1 and purpose = ?2", Sort.descending("issuedAt"), applicationId,
                ApplicationInvoice.ACCREDITATION).firstResultOptional();
    }
}
