package org.mentorcred.notification.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.mentorcred.commons.inbox.Inbox;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Reads the four topics (consumer group notification-service). Each event is applied once, in the inbox's
 * transaction, by {@link EventNotifications}: it only queues emails, which the dispatcher sends afterwards.
 */
@ApplicationScoped
public class NotificationConsumer {

    static final String CONSUMER = "notification-service";

    @Inject
    Inbox inbox;

    @Inject
    EventNotifications notifications;

    @Incoming("application-events")
    @Blocking
    public CompletionStage<Void> onApplicationEvent(Message<String> message) {
        return inbox.process(CONSUMER, message, notifications::onApplicationEvent);
    }

    @Incoming("eligibility-events")
    @Blocking
    public CompletionStage<Void> onEligibilityEvent(Message<String> message) {
        return inbox.process(CONSUMER, message, notifications::onEligibilityEvent);
    }

    @Incoming("payment-events")
    @Blocking
    public CompletionStage<Void> onPaymentEvent(Message<String> message) {
        return inbox.process(CONSUMER, message, notifications::onPaymentEvent);
    }

    @Incoming("exam-events")
    @Blocking
    public CompletionStage<Void> onExamEvent(Message<String> message) {
        return inbox.process(CONSUMER, message, notifications::onExamEvent);
    }
}
