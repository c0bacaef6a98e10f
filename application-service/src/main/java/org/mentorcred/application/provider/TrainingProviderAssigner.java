package org.mentorcred.application.provider;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.mentorcred.application.applicant.Applicant;
import org.mentorcred.application.application.Application;
import org.mentorcred.application.application.ProviderAssignment;
import org.mentorcred.application.application.repository.ApplicationRepository;
import org.mentorcred.application.common.Times;
import org.mentorcred.application.messaging.ApplicationEvents;
import org.mentorcred.application.messaging.TrainingProviderAssigned;

/**
 * Gives a fast-track application the active QTSP nearest to its applicant, and announces it. Without any
 * active QTSP the application waits (PENDING) and gets one as soon as an admin activates a QTSP.
 */
@ApplicationScoped
public class TrainingProviderAssigner {

    private static final Logger LOG = Logger.getLogger(TrainingProviderAssigner.class);

    @Inject
    TrainingProviderRepository providers;

    @Inject
    ApplicationRepository applications;

    @Inject
    ApplicationEvents events;

    /** In the caller's transaction (the submission's), so the assignment and its event commit with it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assign(Application app) {
        assign(app, providers.activeQtsps());
    }

    /** After a QTSP became active: every waiting application gets its nearest. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assignPending() {
        List<TrainingProvider> qtsps = providers.activeQtsps();
        if (qtsps.isEmpty()) {
            return;
        }
        for (Application app : applications.pendingProviderAssignment()) {
            assign(app, qtsps);
        }
    }

    private void assign(Application app, List<TrainingProvider> qtsps) {
        Applicant applicant = app.applicant;
        Optional<Nearest> nearest = nearest(applicant.latitude, applicant.longitude, qtsps);
        if (nearest.isEmpty()) {
            app.providerAssignment = ProviderAssignment.PENDING;
            LOG.warnf("No active QTSP for fast-track application %s; it waits for one", app.id);
            return;
        }
        TrainingProvider p = nearest.get().provider();
        BigDecimal km = BigDecimal.valueOf(nearest.get().km()).setScale(1, RoundingMode.HALF_UP);
        Instant now = Times.now();
        app.providerAssignment = ProviderAssignment.ASSIGNED;
        app.assignedProvider = p;
        app.assignedDistanceKm = km;
        app.providerAssignedAt = now;
        app.touch(now);
        events.providerAssigned(new TrainingProviderAssigned(app.id, app.programme,
                new TrainingProviderAssigned.Applicant(applicant.id, applicant.name, applicant.email,
                        applicant.preferredLanguage, applicant.city, applicant.country),
                new TrainingProviderAssigned.Provider(p.id, p.name, p.contactName, p.contactEmail, p.contactPhone, p.city,
                        p.country, p.preferredLanguage),
                km.doubleValue(), now));
    }

    record Nearest(TrainingProvider provider, double km) {
    }

    /** Ties go to the lowest id, so every instance picks the same provider. */
    static Optional<Nearest> nearest(double latitude, double longitude, List<TrainingProvider> candidates) {
        return candidates.stream()
                .map(p -> new Nearest(p, GreatCircle.distanceKm(latitude, longitude, p.latitude, p.longitude)))
                .min(Comparator.comparingDouble(Nearest::km).thenComparing(n -> n.provider().id));
    }
}
