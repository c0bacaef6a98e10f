package org.mentorcred.payment.payment.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.mentorcred.payment.payment.Payment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PaymentRepository implements PanacheRepositoryBase<Payment, UUID> {

    public List<Payment> ofInvoice(UUID invoiceId) {
        return list("invoiceId = ?1 order by createdAt", invoiceId);
    }

    /** The invoice's succeeded payment, locked. */
    public Optional<Payment> lockSucceededOf(UUID invoiceId) {
        return find("invoiceId = ?1 and status = ?2", invoiceId, Payment.Status.SUCCEEDED)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Locks the payment row (call before the payment is loaded otherwise in this transaction). */
    public Payment lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<UUID> invoiceIdOf(UUID paymentId) {
        return getEntityManager().createQuery("select p.invoiceId from Payment p where p.id = ?1", UUID.class)
                .setParameter(1, paymentId).getResultStream().findFirst();
    }
}
