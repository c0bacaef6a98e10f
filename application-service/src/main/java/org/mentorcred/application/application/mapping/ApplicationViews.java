package org.mentorcred.application.application.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mentorcred.application.applicant.Applicant;
import org.mentorcred.application.application.Application;
import org.mentorcred.application.application.ApplicationStatus;
import org.mentorcred.application.application.TimelineEntry;
import org.mentorcred.application.application.repository.TimelineRepository;
import org.mentorcred.application.application.service.EvidenceAssembler;
import org.mentorcred.application.evidence.Evidence;
import org.mentorcred.application.document.DocumentRepository;
import org.mentorcred.application.process.service.NextSteps;
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

    @Inject
    NextSteps nextSteps;

    public ApplicationView of(Application app) {
        return of(app, evidence.shown(app));
    }

    /** With the evidence to show already at hand (a submission has just assembled it). */
    public ApplicationView of(Application app, Evidence shown) {
        return new ApplicationView(app.id, app.programme, app.status, nextSteps.of(app), app.status == ApplicationStatus.DRAFT,
                applicant(app.applicant), app.version, app.createdAt, app.updatedAt, app.submittedAt,
                app.catalogueVersion, shown, documents.viewsOf(app.id), provider(app),
                timeline.of(app.id).stream().map(ApplicationViews::of).toList());
    }

    public static ApplicationSummary summary(Application app) {
        return new ApplicationSummary(app.id, app.programme, app.status, applicant(app.applicant), app.createdAt,
                app.updatedAt, app.submittedAt);
    }

    public static ApplicantSummary applicantOf(Applicant a) {
        return applicant(a);
    }

    static ApplicantSummary applicant(Applicant a) {
        return new ApplicantSummary(a.id, a.subject, a.name, a.email);
    }

    static TimelineEntryView of(TimelineEntry e) {
        return new TimelineEntryView(e.at, e.kind, e.actor, e.actorRole, e.fromStatus, e.toStatus, e.reason,
                shortType(e.eventType));
    }

    /** {@code org.mentorcred.payment.PaymentSucceeded.v1} → {@code PaymentSucceeded}. */
    public static String shortType(String ceType) {
        if (ceType == null) {
            return null;
        }
        String[] parts = ceType.split("\\.");
        return parts.length >= 2 && parts[parts.length - 1].matches("v\\d+") ? parts[parts.length - 2] : ceType;
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
