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

    @Inject
    Outbox outbox;

    public void submitted(ApplicationSubmitted event) {
        outbox.publish(TOPIC, event.applicationId().toString(), SUBMITTED, event);
    }

    public void withdrawn(ApplicationWithdrawn event) {
        outbox.publish(TOPIC, event.applicationId().toString(), WITHDRAWN, event);
    }

    public void providerAssigned(TrainingProviderAssigned event) {
        outbox.publish(TOPIC, event.applicationId().toString(), PROVIDER_ASSIGNED, event);
    }
}
