package org.mentorcred.eligibility.decision.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.mentorcred.commons.inbox.Inbox;
import org.mentorcred.eligibility.decision.service.ApplicantErasure;
import org.mentorcred.eligibility.decision.service.DecisionService;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Decides every submitted application and forgets erased applicants; the topic's other events are not ours. */
@ApplicationScoped
public class ApplicationEventsConsumer {

    public static final String CONSUMER = "eligibility-service";
    public static final String APPLICATION_SUBMITTED = "org.mentorcred.application.ApplicationSubmitted.v1";
    public static final String APPLICANT_ERASED = "org.mentorcred.application.ApplicantErased.v1";

    @Inject
    Inbox inbox;

    @Inject
    DecisionService decisions;

    @Inject
    ApplicantErasure erasure;

    @Incoming("application-events")
    @Blocking
    public CompletionStage<Void> onApplicationEvent(Message<String> message) {
        return inbox.process(CONSUMER, message, event -> {
            if (APPLICATION_SUBMITTED.equals(event.type())) {
                decisions.decide(event.dataAs(ApplicationSubmitted.class), event.id());
            } else if (APPLICANT_ERASED.equals(event.type())) {
                erasure.onApplicantErased(event.dataAs(ApplicantErased.class));
            }
        });
    }
}
