package org.mentorcred.application.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mentorcred.commons.outbox.Outbox;

/** The events this service emits, each recorded in the caller's transaction through the outbox. */
@ApplicationScoped
public class ApplicationEvents {

    public static final String TOPIC = "application-events";
    public static final String SUBMITTED = "org.mentorcred.application.ApplicationSubmitted.v1";
    public static final String WITHDRAWN = "org.mentorcred.application.ApplicationWithdrawn.v1";
    public static final String PROVIDER_ASSIGNED = "org.mentorcred.application.TrainingProviderAssigned.v1";
    public static final String EXAM_AUTHORIZED = "org.mentorcred.application.ExamAuthorized.v1";
    public static final String REFERENCE_CHECK_REQUESTED = "org.mentorcred.application.ReferenceCheckRequested.v1";
    public static final String DECIDED = "org.mentorcred.application.ApplicationDecided.v1";
    public static final String INFORMATION_REQUESTED = "org.mentorcred.application.InformationRequested.v1";
    public static final String APPLICANT_ERASED = "org.mentorcred.application.ApplicantErased.v1";

    @Inject
    Outbox outbox;

    public void submitted(ApplicationSubmitted event) {
        outbox.publish(TOPIC, event.applicationId().toString(), SUBMITTED, event);
    }

    public void withdrawn(ApplicationWithdrawn event) {
        outbox.publish(TOPIC, event.applicationId().toString(), WITHDRAWN, event);
    }

    public void applicantErased(ApplicantErased event) {
        outbox.publish(TOPIC, event.applicationId().toString(), APPLICANT_ERASED, event);
    }

    public void providerAssigned(TrainingProviderAssigned event) {
        outbox.publish(TOPIC, event.applicationId().toString(), PROVIDER_ASSIGNED, event);
    }

    public void examAuthorized(ExamAuthorized event) {
        outbox.publish(TOPIC, event.applicationId().toString(), EXAM_AUTHORIZED, event);
    }

    public void referenceCheckRequested(ReferenceCheckRequested event) {
        outbox.publish(TOPIC, event.applicationId().toString(), REFERENCE_CHECK_REQUESTED, event);
    }

    public void decided(ApplicationDecided event) {
        outbox.publish(TOPIC, event.applicationId().toString(), DECIDED, event);
    }

    public void informationRequested(InformationRequested event) {
        outbox.publish(TOPIC, event.applicationId().toString(), INFORMATION_REQUESTED, event);
    }
}
