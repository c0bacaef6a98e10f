package org.mentorcred.exam.authorization.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.mentorcred.commons.inbox.Inbox;
import org.mentorcred.exam.authorization.service.ApplicantErasure;
import org.mentorcred.exam.authorization.service.AuthorizationService;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Reads application-events: authorisations to sit an exam, withdrawals, erasures; other events are not ours. */
@ApplicationScoped
public class ApplicationEventsConsumer {

    public static final String CONSUMER = "exam-service";

    @Inject
    Inbox inbox;

    @Inject
    AuthorizationService service;

    @Inject
    ApplicantErasure erasure;

    @Incoming("application-events")
    @Blocking
    public CompletionStage<Void> onApplicationEvent(Message<String> message) {
        return inbox.process(CONSUMER, message, event -> {
            switch (event.type()) {
                case ApplicationEvents.EXAM_AUTHORIZED ->
                    service.onExamAuthorized(event.dataAs(ApplicationEvents.ExamAuthorized.class));
                case ApplicationEvents.APPLICATION_WITHDRAWN ->
                    service.onApplicationWithdrawn(event.dataAs(ApplicationEvents.ApplicationWithdrawn.class));
                case ApplicationEvents.APPLICANT_ERASED ->
                    erasure.onApplicantErased(event.dataAs(ApplicationEvents.ApplicantErased.class));
                default -> {
                    // tolerant: the topic carries other events that are not ours
                }
            }
        });
    }
}
