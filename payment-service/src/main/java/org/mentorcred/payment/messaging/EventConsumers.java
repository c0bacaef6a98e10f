package org.mentorcred.payment.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.mentorcred.commons.inbox.Inbox;
import org.mentorcred.payment.application.ApplicantErasure;
import org.mentorcred.payment.invoice.service.InvoicingService;
import org.mentorcred.payment.messaging.incoming.ApplicantErased;
import org.mentorcred.payment.messaging.incoming.ApplicationSubmitted;
import org.mentorcred.payment.messaging.incoming.ApplicationWithdrawn;
import org.mentorcred.payment.messaging.incoming.EligibilityDecided;
import org.mentorcred.payment.messaging.incoming.PermanentStatusRequested;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * The events payment-service consumes, each applied once (the inbox) in one transaction with its effect.
 * Other events of the same topics are not ours and are skipped.
 */
@ApplicationScoped
public class EventConsumers {

    public static final String CONSUMER = "payment-service";

    public static final String APPLICATION_SUBMITTED = "org.mentorcred.application.ApplicationSubmitted.v1";
    public static final String APPLICATION_WITHDRAWN = "org.mentorcred.application.ApplicationWithdrawn.v1";
    public static final String PERMANENT_STATUS_REQUESTED = "org.mentorcred.application.PermanentStatusRequested.v1";
    public static final String APPLICANT_ERASED = "org.mentorcred.application.ApplicantErased.v1";
    public static final String ELIGIBILITY_DECIDED = "org.mentorcred.eligibility.EligibilityDecided.v1";

    @Inject
    Inbox inbox;

    @Inject
    InvoicingService invoicing;

    @Inject
    ApplicantErasure erasure;

    @Incoming("application-events")
    @Blocking
    public CompletionStage<Void> onApplicationEvent(Message<String> message) {
        return inbox.process(CONSUMER, message, event -> {
            switch (event.type()) {
                case APPLICATION_SUBMITTED -> invoicing.onSubmitted(event.dataAs(ApplicationSubmitted.class));
                case APPLICATION_WITHDRAWN -> invoicing.onWithdrawn(event.dataAs(ApplicationWithdrawn.class));
                case PERMANENT_STATUS_REQUESTED ->
                    invoicing.onPermanentStatusRequested(event.dataAs(PermanentStatusRequested.class));
                case APPLICANT_ERASED -> erasure.onApplicantErased(event.dataAs(ApplicantErased.class));
                default -> {
                }
            }
        });
    }

    @Incoming("eligibility-events")
    @Blocking
    public CompletionStage<Void> onEligibilityEvent(Message<String> message) {
        return inbox.process(CONSUMER, message, event -> {
            if (ELIGIBILITY_DECIDED.equals(event.type())) {
                invoicing.onEligibilityDecided(event.dataAs(EligibilityDecided.class));
            }
        });
    }
}
