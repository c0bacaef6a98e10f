package org.mentorcred.exam.authorization.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.mentorcred.commons.outbox.Outbox;
import org.mentorcred.exam.authorization.messaging.ApplicationEvents;

/**
 * An erased applicant's copies here: the candidate's name, e-mail and place on the application's authorisations
 * are anonymised and the published events that carried them are forgotten. Bookings and results stay (ids, dates,
 * scores): the credential registry relies on them, and they name nobody.
 */
@ApplicationScoped
public class ApplicantErasure {

    private static final Logger LOG = Logger.getLogger(ApplicantErasure.class);

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void onApplicantErased(ApplicationEvents.ApplicantErased event) {
        int authorizations = em.createNativeQuery("""
                UPDATE exam_authorization SET candidate_name = 'Erased', candidate_email = ?2, city = NULL,
                       latitude = NULL, longitude = NULL, updated_at = now()
                WHERE application_id = ?1""")
                .setParameter(1, event.applicationId())
                .setParameter(2, "erased-" + event.applicantId() + "@erased.invalid")
                .executeUpdate();
        int events = outbox.forgetSent(event.applicationId().toString());
        LOG.infof("Application %s: applicant erased (%d authorisations, %d published events forgotten)",
                event.applicationId(), authorizations, events);
    }
}
