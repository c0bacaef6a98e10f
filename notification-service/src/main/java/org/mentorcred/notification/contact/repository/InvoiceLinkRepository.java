package org.mentorcred.notification.contact.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorcred.notification.contact.InvoiceLink;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class InvoiceLinkRepository implements PanacheRepositoryBase<InvoiceLink, UUID> {

    public void save(UUID invoiceId, UUID applicationId, String paymentUrl) {
        getEntityManager().createNativeQuery("""
                INSERT INTO invoice_link (invoice_id, application_id, payment_url) VALUES (?1, ?2, ?3)
                ON CONFLICT (invoice_id) DO UPDATE SET payment_url = excluded.payment_url""")
                .setParameter(1, invoiceId)
                .setParameter(2, applicationId)
                .setParameter(3, paymentUrl)
                .executeUpdate();
    }

    public Optional<String> paymentUrl(UUID invoiceId) {
        return findByIdOptional(invoiceId).map(link -> link.paymentUrl);
    }
}
