package org.mentorcred.notification.delivery.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.mentorcred.notification.messaging.events.ApplicantErased;

/**
 * An erased applicant's copies here: the application's contact is anonymised, and so is every email of the
 * application in the delivery log (subject and bodies wiped, the applicant's address replaced; addresses of other
 * people, such as a provider's, are theirs and stay). Emails not yet sent are given up, and none is queued for the
 * applicant afterwards (the contact is marked erased): no email to them is required by law once they are erased (a
 * refund that follows shows on their card statement). An email already handed to the SMTP server when the erasure
 * came is recorded as sent, which it was. What remains says when which template went out, which is what the log is
 * for.
 */
@ApplicationScoped
public class ApplicantErasure {

    private static final Logger LOG = Logger.getLogger(ApplicantErasure.class);

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void onApplicantErased(ApplicantErased event) {
        String erased = "erased-" + event.applicantId() + NotificationService.ERASED_DOMAIN;
        int emails = em.createNativeQuery("""
                UPDATE notification SET
                       recipient = CASE WHEN lower(recipient) = (SELECT lower(email) FROM application_contact
                                                                 WHERE application_id = ?1) THEN ?2 ELSE recipient END,
                       subject = CASE WHEN subject IS NULL THEN NULL ELSE 'Erased' END,
                       html_body = CASE WHEN html_body IS NULL THEN NULL ELSE '' END,
                       text_body = CASE WHEN text_body IS NULL THEN NULL ELSE '' END,
                       model = NULL,
                       last_error = CASE WHEN status IN ('PENDING', 'WAITING_FOR_RECIPIENT') THEN 'The applicant was erased'
                                         ELSE last_error END,
                       status = CASE WHEN status IN ('PENDING', 'WAITING_FOR_RECIPIENT') THEN 'FAILED' ELSE status END
                WHERE application_id = ?1""")
                .setParameter(1, event.applicationId())
                .setParameter(2, erased)
                .executeUpdate();
        int contacts = em.createNativeQuery("""
                UPDATE application_contact SET name = 'Erased', email = ?2, updated_at = now(),
                       erased_at = coalesce(erased_at, now())
                WHERE application_id = ?1""")
                .setParameter(1, event.applicationId())
                .setParameter(2, erased)
                .executeUpdate();
        LOG.infof("Application %s: applicant erased (%d contact, %d emails anonymised)", event.applicationId(),
                contacts, emails);
    }
}
