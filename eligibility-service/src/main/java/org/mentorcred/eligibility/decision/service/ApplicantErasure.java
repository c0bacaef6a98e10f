package org.mentorcred.eligibility.decision.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.mentorcred.commons.outbox.Outbox;
import org.mentorcred.eligibility.decision.messaging.ApplicantErased;

/**
 * An erased applicant's copies here. Decisions hold no name or contact (only the token subject, a pseudonymous id
 * that guards who may read them, and the requirements met), and they are kept: the registry must show why an
 * application was judged as it was. The published events of the application are forgotten.
 */
@ApplicationScoped
public class ApplicantErasure {

    private static final Logger LOG = Logger.getLogger(ApplicantErasure.class);

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void onApplicantErased(ApplicantErased event) {
        int events = outbox.forgetSent(event.applicationId().toString());
        LOG.infof("Application %s: applicant erased (%d published events forgotten)", event.applicationId(), events);
    }
}
