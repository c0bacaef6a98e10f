package org.mentorcred.application.process.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.mentorcred.application.application.Application;
import org.mentorcred.application.application.mapping.ApplicationViews;
import org.mentorcred.application.application.service.StatusChanges;
import org.mentorcred.application.common.Actor;
import org.mentorcred.application.common.Times;
import org.mentorcred.application.process.UnexpectedEvent;
import org.mentorcred.application.process.repository.UnexpectedEventRepository;
import org.mentorcred.commons.inbox.InboundEvent;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * An event that does not fit its application's state is not an error of the consumer: it is recorded (table
 * {@code unexpected_event}, a timeline note, a warning, the counter {@code mentorcred.process.unexpected.events})
 * and acknowledged, so the partition goes on and an operator can look at it.
 */
@ApplicationScoped
public class UnexpectedEvents {

    private static final Logger LOG = Logger.getLogger(UnexpectedEvents.class);

    public static final String METRIC = "mentorcred.process.unexpected.events";

    @Inject
    UnexpectedEventRepository repository;

    @Inject
    StatusChanges statusChanges;

    @Inject
    MeterRegistry metrics;

    /** The event concerns {@code app} but does not fit its status. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(InboundEvent event, Application app, String reason) {
        save(event, app, reason);
        statusChanges.note(app, Actor.SYSTEM, "Unexpected " + shortType(event.type()) + " ignored: " + reason,
                Times.now(), event.type());
    }

    /** The event names an application this service does not know. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void unknownApplication(InboundEvent event, java.util.UUID applicationId) {
        save(event, null, applicationId, "No application " + applicationId);
    }

    private void save(InboundEvent event, Application app, String reason) {
        save(event, app, app.id, reason);
    }

    private void save(InboundEvent event, Application app, java.util.UUID applicationId, String reason) {
        UnexpectedEvent row = new UnexpectedEvent();
        row.eventId = event.id();
        row.eventType = event.type();
        row.topic = event.topic();
        row.applicationId = applicationId;
        row.applicationStatus = app == null ? null : app.status.name();
        row.reason = reason.length() > 1000 ? reason.substring(0, 999) + "…" : reason;
        row.payload = event.data().toString();
        row.receivedAt = Times.now();
        repository.persist(row);
        metrics.counter(METRIC, "type", shortType(event.type())).increment();
        LOG.warnf("Unexpected %s for application %s (status %s): %s; recorded and acknowledged", event,
                applicationId, app == null ? "-" : app.status, reason);
    }

    private static String shortType(String ceType) {
        return ApplicationViews.shortType(ceType);
    }
}
