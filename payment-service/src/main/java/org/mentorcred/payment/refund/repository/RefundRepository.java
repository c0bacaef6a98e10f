package org.mentorcred.payment.refund.repository;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorcred.payment.refund.Refund;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RefundRepository implements PanacheRepositoryBase<Refund, UUID> {

    public List<Refund> ofPayment(UUID paymentId) {
        return list("paymentId = ?1 order by createdAt", paymentId);
    }

    public List<Refund> ofInvoice(UUID invoiceId) {
        return list("invoiceId = ?1 order by createdAt", invoiceId);
    }

    /** What is refunded or on its way back: the amount a new refund must fit beside. */
    public BigDecimal committed(UUID paymentId) {
        BigDecimal sum = getEntityManager().createQuery(
                "select coalesce(sum(r.amount), 0) from Refund r where r.paymentId = ?1 and r.status <> ?2",
                BigDecimal.class)
                .setParameter(1, paymentId).setParameter(2, Refund.Status.FAILED)
                .getSingleResult();
        return sum;
    }
}
