package org.mentorcred.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.mentorcred.commons.outbox.Outbox;
import org.mentorcred.payment.messaging.incoming.ApplicantErased;

/**
 * An erased applicant's copies here: the contact of the application's projection is anonymised and the published
 * events that carried it are forgotten. Invoices, payments and refunds stay as they are (numbers, amounts, dates,
 * card brand and last four digits): the accounts require them, and they name nobody.
 */
@ApplicationScoped
public class ApplicantErasure {

    private static final Logger LOG = Logger.getLogger(ApplicantErasure.class);

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void onApplicantErased(ApplicantErased event) {
        int projections = em.createNativeQuery("""
                UPDATE application_projection SET applicant_name = 'Erased', applicant_email = ?2,
                       withdrawal_reason = NULL, updated_at = now()
                WHERE application_id = ?1""")
                .setParameter(1, event.applicationId())
                .setParameter(2, "erased-" + event.applicantId() + "@erased.invalid")
                .executeUpdate();
        int events = outbox.forgetSent(event.applicationId().toString());
        LOG.infof("Application %s: applicant erased (%d projection, %d published events forgotten)",
                event.applicationId(), projections, events);
    }
}
