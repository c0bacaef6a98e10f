package org.mentorcred.application.review.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mentorcred.application.application.Application;
import org.mentorcred.application.application.ApplicationStatus;
import org.mentorcred.application.application.repository.ApplicationRepository;
import org.mentorcred.commons.problem.ProblemException;

/** Loads an application for a change on the reviewer's desk: row-locked, and only while it is under review. */
@ApplicationScoped
public class ReviewAccess {

    @Inject
    ApplicationRepository applications;

    /** For reading only (not locked); 404 if there is none. */
    public Application find(UUID id) {
        return applications.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Application", id));
    }

    /** Locked; 404 if there is none. */
    public Application lock(UUID id) {
        return applications.lock(id).orElseThrow(() -> ProblemException.notFound("Application", id));
    }

    /** Locked; 404 if there is none, 409 {@code not-under-review} (with {@code currentState}) unless UNDER_REVIEW. */
    public Application lockUnderReview(UUID id, String what) {
        Application app = lock(id);
        requireUnderReview(app, what);
        return app;
    }

    public static void requireUnderReview(Application app, String what) {
        if (app.status != ApplicationStatus.UNDER_REVIEW) {
            throw ProblemException.conflict("not-under-review", "An application that is " + app.status + " is not under "
                    + "review: " + what + " is possible only while it is UNDER_REVIEW")
                    .with("currentState", app.status.name());
        }
    }
}
