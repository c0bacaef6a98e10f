package org.mentorcred.application.review.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mentorcred.application.application.Application;
import org.mentorcred.application.application.service.ApplicationAccess;
import org.mentorcred.application.application.service.StatusChanges;
import org.mentorcred.application.common.Actor;
import org.mentorcred.application.common.Times;
import org.mentorcred.application.messaging.ApplicationEvents;
import org.mentorcred.application.messaging.Contact;
import org.mentorcred.application.messaging.InformationRequested;
import org.mentorcred.application.review.InformationRequest;
import org.mentorcred.application.review.mapping.InformationRequestView;
import org.mentorcred.application.review.repository.InformationRequestRepository;
import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.security.CurrentUser;

/**
 * A reviewer asks the applicant for more ({@code InformationRequested} tells them, by email); the applicant answers on
 * the application. Both show in the timeline.
 */
@ApplicationScoped
public class InformationRequestService {

    @Inject
    InformationRequestRepository requests;

    @Inject
    ReviewAccess reviewAccess;

    @Inject
    ApplicationAccess applicationAccess;

    @Inject
    StatusChanges statusChanges;

    @Inject
    ApplicationEvents events;

    @Inject
    CurrentUser user;

    @Transactional
    public InformationRequestView ask(UUID applicationId, String question) {
        Application app = reviewAccess.lockUnderReview(applicationId, "asking for information");
        Instant now = Times.now();
        InformationRequest request = new InformationRequest();
        request.id = UUID.randomUUID();
        request.applicationId = app.id;
        request.question = question;
        request.askedBy = user.subject();
        request.askedAt = now;
        requests.persist(request);
        statusChanges.note(app, Actor.of(user), "Reviewer asked: " + question, now, null);
        events.informationRequested(new InformationRequested(app.id, request.id, app.programme,
                Contact.of(app.applicant), question, now));
        requests.flush();
        return InformationRequestView.of(request);
    }

    /** Only the owner answers, once, while the application is under review. */
    @Transactional
    public InformationRequestView answer(UUID applicationId, UUID requestId, String answer) {
        applicationAccess.ownedByCaller(applicationId, null);
        Application app = reviewAccess.lockUnderReview(applicationId, "answering a request for information");
        InformationRequest request = requests.findByIdOptional(requestId).filter(r -> r.applicationId.equals(app.id))
                .orElseThrow(() -> ProblemException.notFound("Information request", requestId));
        if (!request.open()) {
            throw ProblemException.conflict("information-request-answered", "This question was answered at "
                    + request.answeredAt).with("answeredAt", request.answeredAt.toString());
        }
        Instant now = Times.now();
        request.answer = answer;
        request.answeredBy = user.subject();
        request.answeredAt = now;
        statusChanges.note(app, Actor.of(user), "Applicant answered: " + answer, now, null);
        requests.flush();
        return InformationRequestView.of(request);
    }

    /** The owner, reviewers and admins read them. */
    @Transactional
    public List<InformationRequestView> list(UUID applicationId) {
        Application app = applicationAccess.forReading(applicationId);
        return requests.of(app.id).stream().map(InformationRequestView::of).toList();
    }
}
