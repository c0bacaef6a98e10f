package org.mentorcred.application.application.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mentorcred.application.applicant.Applicant;
import org.mentorcred.application.application.Application;
import org.mentorcred.application.application.ApplicationStatus;
import org.mentorcred.application.application.TimelineEntry;
import org.mentorcred.application.application.repository.TimelineRepository;
import org.mentorcred.application.application.service.EvidenceAssembler;
import org.mentorcred.application.document.DocumentRepository;
import org.mentorcred.application.provider.TrainingProvider;

/** Turns an application and what belongs to it into what the API shows. */
@ApplicationScoped
public class ApplicationViews {

    @Inject
    EvidenceAssembler evidence;

    @Inject
    DocumentRepository documents;

    @Inject
    TimelineRepository timeline;

    public ApplicationView of(Application app) {
        return new ApplicationView(app.id, app.programme, app.status, app.status == ApplicationStatus.DRAFT,
                applicant(app.applicant), app.version, app.createdAt, app.updatedAt, app.submittedAt,
                app.catalogueVersion, evidence.shown(app), documents.viewsOf(app.id), provider(app),
                timeline.of(app.id).stream().map(ApplicationViews::of).toList());
    }

    public static ApplicationSummary summary(Application app) {
        return new ApplicationSummary(app.id, app.programme, app.status, applicant(app.applicant), app.createdAt,
                app.updatedAt, app.submittedAt);
    }

    static ApplicantSummary applicant(Applicant a) {
        return new ApplicantSummary(a.id, a.subject, a.name, a.email);
    }

    static TimelineEntryView of(TimelineEntry e) {
        return new TimelineEntryView(e.at, e.actor, e.actorRole, e.fromStatus, e.toStatus, e.reason);
    }

    static TrainingProviderAssignmentView provider(Application app) {
        TrainingProvider p = app.assignedProvider;
        if (p == null) {
            return new TrainingProviderAssignmentView(app.providerAssignment, null, null, null, null, null, null, null,
                    null, null);
        }
        return new TrainingProviderAssignmentView(app.providerAssignment, p.id, p.name, p.city, p.country, p.contactName,
                p.contactEmail, p.contactPhone, app.assignedDistanceKm, app.providerAssignedAt);
    }
}
