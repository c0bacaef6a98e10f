package org.mentorcred.application.process.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mentorcred.application.applicant.Applicant;
import org.mentorcred.application.application.Application;
import org.mentorcred.application.application.ApplicationAction;
import org.mentorcred.application.application.service.StatusChanges;
import org.mentorcred.application.common.Actor;
import org.mentorcred.application.messaging.ApplicationEvents;
import org.mentorcred.application.messaging.ExamAuthorized;
import org.mentorcred.application.process.ExamLevels;
import org.mentorcred.application.process.ExamTrack;
import org.mentorcred.application.process.config.ProcessConfig;
import org.mentorcred.application.process.repository.ExamTrackRepository;

/**
 * Lets an IPMA applicant sit their exam: moves the application to EXAM_AUTHORIZED and announces
 * {@code ExamAuthorized}. The first authorisation creates the application's exam track; a retake re-announces
 * the same authorisation id with the attempts used so far, so exam-service updates it.
 */
@ApplicationScoped
public class ExamAuthorizations {

    @Inject
    ExamTrackRepository tracks;

    @Inject
    StatusChanges statusChanges;

    @Inject
    ApplicationEvents events;

    @Inject
    ProcessConfig config;

    @Transactional(Transactional.TxType.MANDATORY)
    public void authorize(Application app, Actor actor, String reason, Instant now, String eventType) {
        statusChanges.apply(app, ApplicationAction.AUTHORIZE_EXAM, actor, reason, now, eventType);
        ExamTrack track = tracks.findById(app.id);
        if (track == null) {
            track = new ExamTrack();
            track.applicationId = app.id;
            track.authorizationId = UUID.randomUUID();
            track.level = ExamLevels.of(app.programme)
                    .orElseThrow(() -> new IllegalStateException(app.programme + " has no exam"));
            track.attemptsAllowed = config.exam().attemptsAllowed();
            track.attemptsUsed = 0;
            track.authorizedAt = now;
            // Every column set before persist: the insert carries the state of this moment.
            tracks.persist(track);
        }
        track.authorizedAt = now;
        track.retakeAllowedFrom = null;
        track.clearBooking();
        Applicant a = app.applicant;
        events.examAuthorized(new ExamAuthorized(app.id, track.authorizationId, app.programme, track.level,
                new ExamAuthorized.Candidate(a.id, a.name, a.email, a.preferredLanguage, a.subject, a.country, a.city,
                        a.latitude, a.longitude),
                track.attemptsAllowed, track.attemptsUsed, now));
    }
}
