package org.mentorcred.exam.authorization.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.mentorcred.commons.api.Page;
import org.mentorcred.commons.api.PageParams;
import org.mentorcred.exam.authorization.AuthorizationStatus;
import org.mentorcred.exam.authorization.ExamAuthorization;
import org.mentorcred.exam.authorization.messaging.ApplicationEvents;
import org.mentorcred.exam.authorization.repository.AuthorizationRepository;
import org.mentorcred.exam.authorization.rest.AuthorizationView;
import org.mentorcred.exam.booking.repository.BookingRepository;
import org.mentorcred.exam.booking.service.BookingService;
import org.mentorcred.exam.common.TimeSource;
import org.mentorcred.exam.result.service.AttemptService;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Exam authorisations: created and updated by ExamAuthorized, revoked by ApplicationWithdrawn. */
@ApplicationScoped
public class AuthorizationService {

    private static final Logger LOG = Logger.getLogger(AuthorizationService.class);

    @Inject
    AuthorizationRepository authorizations;

    @Inject
    BookingService bookingService;

    @Inject
    BookingRepository bookings;

    @Inject
    AttemptService attempts;

    @Inject
    TimeSource time;

    /** Upsert by authorizationId: a repeated announcement updates the attempts allowed, never duplicates. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onExamAuthorized(ApplicationEvents.ExamAuthorized event) {
        ExamAuthorization known = authorizations.findById(event.authorizationId());
        if (known != null && (!known.applicationId.equals(event.applicationId()) || known.level != event.level())) {
            // Same id, different application or level: a producer bug; keep what we have and say so.
            LOG.errorf("ExamAuthorized %s names application %s level %s, but it was announced for %s level %s; ignored",
                    event.authorizationId(), event.applicationId(), event.level(), known.applicationId, known.level);
            return;
        }
        if (known != null && known.status == AuthorizationStatus.REVOKED) {
            LOG.warnf("ExamAuthorized %s for application %s arrived after its withdrawal; it stays revoked",
                    event.authorizationId(), event.applicationId());
        }
        ApplicationEvents.Candidate c = event.candidate();
        authorizations.upsert(new AuthorizationRepository.Announced(event.authorizationId(), event.applicationId(),
                event.programme(), event.level().name(), c.applicantId(), c.subject(), c.name(), c.email(),
                c.preferredLanguage(), c.country(), c.city(), c.latitude(), c.longitude(), event.attemptsAllowed(),
                event.attemptsUsed(), event.authorizedAt()), time.now());
    }

    /** The application was withdrawn: its authorisations are revoked and any active booking is cancelled. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onApplicationWithdrawn(ApplicationEvents.ApplicationWithdrawn event) {
        List<ExamAuthorization> active = authorizations.activeOfApplication(event.applicationId());
        for (ExamAuthorization authorization : active) {
            authorization.status = AuthorizationStatus.REVOKED;
            authorization.revokedAt = time.now();
            authorization.updatedAt = authorization.revokedAt;
            bookingService.authorizationRevoked(authorization);
        }
        if (active.isEmpty()) {
            LOG.debugf("ApplicationWithdrawn %s: no active exam authorisation", event.applicationId());
        }
    }

    @Transactional
    public Page<AuthorizationView> list(String subject, UUID applicationId, PageParams page) {
        PanacheQuery<ExamAuthorization> query = authorizations.search(subject, applicationId, page);
        return Page.of(query.list().stream().map(this::view).toList(), page, query::count);
    }

    private AuthorizationView view(ExamAuthorization authorization) {
        return AuthorizationView.of(authorization, attempts.of(authorization),
                bookings.activeOf(authorization.id).map(b -> b.id).orElse(null));
    }
}
