package org.mentorcred.application.application.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mentorcred.application.application.Application;
import org.mentorcred.application.application.ApplicationStatus;
import org.mentorcred.application.application.repository.ApplicationRepository;
import org.mentorcred.application.common.ETags;
import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.security.CurrentUser;
import org.mentorcred.commons.security.Roles;

/** Who may see and who may change an application, decided in one place. */
@ApplicationScoped
public class ApplicationAccess {

    @Inject
    ApplicationRepository applications;

    @Inject
    CurrentUser user;

    /** The applicant who owns it, or a reviewer or admin; 404 if there is none, 403 if it is someone else's. */
    public Application forReading(UUID id) {
        Application app = find(id);
        user.requireOwnerOrAnyRole(app.applicant.subject, Roles.REVIEWER, Roles.ADMIN);
        return app;
    }

    /** Only its owner; 403 otherwise. */
    public Application ownedByCaller(UUID id, String ifMatch) {
        Application app = find(id);
        if (!app.applicant.subject.equals(user.subject())) {
            throw ProblemException.forbidden("This application belongs to someone else");
        }
        ETags.check(ifMatch, app.version);
        return app;
    }

    /** Its owner, or an admin acting for them; 403 otherwise. */
    public Application ownedByCallerOrAdmin(UUID id, String ifMatch) {
        if (!user.hasRole(Roles.ADMIN)) {
            return ownedByCaller(id, ifMatch);
        }
        Application app = find(id);
        ETags.check(ifMatch, app.version);
        return app;
    }

    /** Its owner, while it is a draft: a submitted application is read-only for the applicant (409). */
    public Application draftOfCaller(UUID id, String ifMatch) {
        Application app = ownedByCaller(id, ifMatch);
        if (app.status != ApplicationStatus.DRAFT) {
            throw ProblemException.conflict("application-not-editable",
                    "The application is " + app.status + "; only a DRAFT can be changed")
                    .with("currentState", app.status.name());
        }
        return app;
    }

    private Application find(UUID id) {
        return applications.findWithApplicant(id).orElseThrow(() -> ProblemException.notFound("Application", id));
    }
}
