package org.mentorcred.application.privacy;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.application.applicant.ApplicantView;
import org.mentorcred.application.application.mapping.ApplicationView;
import org.mentorcred.application.credential.mapping.CredentialView;
import org.mentorcred.application.credential.mapping.RenewalView;
import org.mentorcred.application.provider.completion.CompletionView;
import org.mentorcred.application.review.mapping.InformationRequestView;
import org.mentorcred.application.review.mapping.ReferenceCheckView;
import org.mentorcred.application.review.mapping.ReviewView;

/** Everything this service holds about the caller, and where the other services hold more. */
@Schema(name = "PersonalDataExport", description = "All data held about the caller (GDPR art. 15 and 20)")
public record PersonalDataExport(
        @Schema(description = "When the export was made") Instant exportedAt,
        @Schema(description = "The caller's token subject", examples = "amara") String subject,
        @Schema(description = "The profile, if the caller has one") ApplicantView profile,
        @Schema(description = "Every application with its evidence, document list and timeline") List<ApplicationView> applications,
        @Schema(description = "Partner completion records matched to the caller's e-mail, once verified") List<CompletionView> partnerRecords,
        @Schema(description = "The reviews of the caller's applications: target, reviewer, decision and its reasons") List<ReviewView> reviews,
        @Schema(description = "Reviewers' questions about the caller's applications and the answers") List<InformationRequestView> informationRequests,
        @Schema(description = "The checks of the caller's references: who was asked, how and what they answered") List<ReferenceCheckView> referenceChecks,
        @Schema(description = "The caller's credentials with their history") List<CredentialView> credentials,
        @Schema(description = "The renewals the caller submitted for their credentials, and the decisions") List<RenewalView> renewals,
        @Schema(description = "Documents' contents: GET each document's content URL") List<String> documentContentUrls,
        @Schema(description = "The other services that hold data about the caller, and how to read it") List<Elsewhere> elsewhere) {

    @Schema(name = "PersonalDataElsewhere")
    public record Elsewhere(
            @Schema(examples = "payment-service") String service,
            @Schema(examples = "invoices, payments and refunds of your applications") String holds,
            @Schema(examples = "GET /api/v1/invoices?applicationId={applicationId}") String read) {
    }

    static final List<Elsewhere> ELSEWHERE = List.of(
            new Elsewhere("eligibility-service", "the eligibility decision of each submitted application",
                    "GET /api/v1/eligibility/decisions/{applicationId}"),
            new Elsewhere("payment-service", "invoices, payments (card brand and last four digits) and refunds",
                    "GET /api/v1/invoices?applicationId={applicationId}"),
            new Elsewhere("exam-service", "exam authorisations, bookings and results",
                    "GET /api/v1/authorizations, /api/v1/bookings, /api/v1/results?applicationId={applicationId}"),
            new Elsewhere("notification-service", "the emails sent to you (delivery log)",
                    "ask the body's data protection contact: the delivery log is read by admins"));
}
