package org.mentorcred.application.application.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mentorcred.application.applicant.Applicant;
import org.mentorcred.application.applicant.ApplicantRepository;
import org.mentorcred.application.application.Application;
import org.mentorcred.application.application.ApplicationAction;
import org.mentorcred.application.application.ApplicationStateMachine;
import org.mentorcred.application.application.ApplicationStatus;
import org.mentorcred.application.application.ProviderAssignment;
import org.mentorcred.application.application.mapping.ApplicationSummary;
import org.mentorcred.application.application.mapping.ApplicationView;
import org.mentorcred.application.application.mapping.ApplicationViews;
import org.mentorcred.application.application.repository.ApplicationRepository;
import org.mentorcred.application.common.Actor;
import org.mentorcred.application.common.Constraints;
import org.mentorcred.application.common.Times;
import org.mentorcred.application.evidence.Evidence;
import org.mentorcred.application.messaging.ApplicationEvents;
import org.mentorcred.application.messaging.ApplicationSubmitted;
import org.mentorcred.application.messaging.ApplicationWithdrawn;
import org.mentorcred.application.programme.Programme;
import org.mentorcred.application.programme.ProgrammeCatalogueStore;
import org.mentorcred.application.programme.ProgrammeCode;
import org.mentorcred.application.provider.TrainingProviderAssigner;
import org.mentorcred.commons.api.Page;
import org.mentorcred.commons.api.PageParams;
import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.problem.Violation;
import org.mentorcred.commons.security.CurrentUser;
import org.mentorcred.commons.security.Roles;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Opening, listing, submitting and withdrawing applications. Status changes go through the state machine. */
@ApplicationScoped
public class ApplicationService {

    static final String ONE_OPEN_PER_PROGRAMME = "application_one_open_per_programme";

    @Inject
    ApplicationRepository applications;

    @Inject
    ApplicantRepository applicants;

    @Inject
    StatusChanges statusChanges;

    @Inject
    ApplicationAccess access;

    @Inject
    ApplicationViews views;

    @Inject
    EvidenceAssembler evidence;

    @Inject
    ProgrammeCatalogueStore catalogue;

    @Inject
    TrainingProviderAssigner providerAssigner;

    @Inject
    ApplicationEvents events;

    @Inject
    CurrentUser user;

    /** A new DRAFT for the caller; 409 if they have no profile yet or already have an open one for the programme. */
    @Transactional
    public ApplicationView open(ProgrammeCode programme) {
        Applicant applicant = applicants.findBySubject(user.subject())
                .orElseThrow(() -> ProblemException.conflict("profile-required",
                        "Create your applicant profile first (PUT /api/v1/applicants/me)"));
        applications.findOpen(applicant.id, programme).ifPresent(existing -> {
            throw alreadyOpen(programme).with("existingApplicationId", existing.id.toString());
        });
        Instant now = Times.now();
        Application app = new Application();
        app.id = UUID.randomUUID();
        app.applicant = applicant;
        app.programme = programme;
        app.status = ApplicationStatus.DRAFT;
        app.providerAssignment = ProviderAssignment.NOT_REQUIRED;
        app.createdAt = now;
        app.updatedAt = now;
        applications.persist(app);
        statusChanges.created(app, Actor.of(user), "Opened", now);
        try {
            applications.flush();
        } catch (RuntimeException e) {
            // Two requests raced past the check above; the database let one through.
            if (Constraints.violated(e, ONE_OPEN_PER_PROGRAMME)) {
                throw alreadyOpen(programme);
            }
            throw e;
        }
        return views.of(app);
    }

    @Transactional
    public ApplicationView get(UUID id) {
        return views.of(access.forReading(id));
    }

    /** Reviewers and admins see every application; an applicant only their own. */
    @Transactional
    public Page<ApplicationSummary> list(ApplicationStatus status, ProgrammeCode programme, PageParams paging) {
        String onlyOf = user.hasAnyRole(Roles.REVIEWER, Roles.ADMIN) ? null : user.subject();
        PanacheQuery<Application> query = applications.search(onlyOf, status, programme, paging);
        List<ApplicationSummary> items = query.list().stream().map(ApplicationViews::summary).toList();
        return Page.of(items, paging, query::count);
    }

    /**
     * DRAFT to SUBMITTED when every section the programme requires is filled in (422 listing each missing one
     * otherwise, and nothing changes). The evidence is frozen as submitted and announced, and a fast-track
     * application gets its QTSP, all in this one transaction.
     */
    @Transactional
    public ApplicationView submit(UUID id, String ifMatch) {
        Application app = access.ownedByCaller(id, ifMatch);
        // Refused (409) before the completeness check: a submitted application is not "incomplete".
        ApplicationStateMachine.next(app.status, ApplicationAction.SUBMIT);
        Evidence current = evidence.current(app);
        Programme programme = catalogue.current().programme(app.programme);
        List<Violation> missing = programme.missingIn(current);
        if (!missing.isEmpty()) {
            throw ProblemException.unprocessable("application-incomplete",
                    "The application misses " + missing.size() + " of what " + app.programme + " requires", missing);
        }
        Instant now = Times.now();
        statusChanges.apply(app, ApplicationAction.SUBMIT, Actor.of(user), "Submitted", now, null);
        app.submittedAt = now;
        app.catalogueVersion = catalogue.current().version();
        app.submittedEvidence = evidence.json(current);
        Applicant a = app.applicant;
        events.submitted(new ApplicationSubmitted(app.id, app.programme, now,
                new ApplicationSubmitted.Applicant(a.id, a.name, a.email, a.preferredLanguage, a.subject, a.country,
                        a.city, a.latitude, a.longitude, a.member, a.memberSince, a.highestEducation),
                current));
        if (app.programme.assignsTrainingProvider()) {
            providerAssigner.assign(app);
        }
        applications.flush();
        return views.of(app, current); // what was just frozen, without reading it back
    }

    /**
     * Withdraws before a decision. A draft was never announced, so its withdrawal is not either; a submitted
     * application's is ({@code ApplicationWithdrawn}), in the same transaction.
     */
    @Transactional
    public ApplicationView withdraw(UUID id, String reason, String ifMatch) {
        Application app = access.ownedByCallerOrAdmin(id, ifMatch);
        Instant now = Times.now();
        ApplicationStatus previous = statusChanges.apply(app, ApplicationAction.WITHDRAW, Actor.of(user), reason, now,
                null);
        if (previous != ApplicationStatus.DRAFT) {
            Applicant a = app.applicant;
            events.withdrawn(new ApplicationWithdrawn(app.id, app.programme,
                    new ApplicationWithdrawn.Contact(a.id, a.name, a.email, a.preferredLanguage), previous.name(), reason,
                    now));
        }
        applications.flush();
        return views.of(app);
    }

    private static ProblemException alreadyOpen(ProgrammeCode programme) {
        return ProblemException.conflict("open-application-exists",
                "You already have an open application for " + programme + "; withdraw it or continue it");
    }
}
