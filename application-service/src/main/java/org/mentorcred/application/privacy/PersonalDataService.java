package org.mentorcred.application.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.mentorcred.application.applicant.Applicant;
import org.mentorcred.application.applicant.ApplicantRepository;
import org.mentorcred.application.applicant.ApplicantView;
import org.mentorcred.application.application.Application;
import org.mentorcred.application.application.mapping.ApplicationView;
import org.mentorcred.application.application.mapping.ApplicationViews;
import org.mentorcred.application.application.repository.ApplicationRepository;
import org.mentorcred.application.application.service.ApplicationService;
import org.mentorcred.application.application.service.EvidenceAssembler;
import org.mentorcred.application.common.Times;
import org.mentorcred.application.credential.Credential;
import org.mentorcred.application.credential.mapping.CredentialView;
import org.mentorcred.application.credential.mapping.CredentialViews;
import org.mentorcred.application.credential.mapping.RenewalView;
import org.mentorcred.application.credential.repository.CredentialRepository;
import org.mentorcred.application.credential.repository.RenewalRepository;
import org.mentorcred.application.messaging.ApplicantErased;
import org.mentorcred.application.messaging.ApplicationEvents;
import org.mentorcred.application.provider.completion.CompletionRecordRepository;
import org.mentorcred.application.provider.completion.CompletionView;
import org.mentorcred.application.review.Review;
import org.mentorcred.application.review.mapping.InformationRequestView;
import org.mentorcred.application.review.mapping.ReferenceCheckView;
import org.mentorcred.application.review.mapping.ReviewView;
import org.mentorcred.application.review.repository.InformationRequestRepository;
import org.mentorcred.application.review.repository.ReferenceCheckRepository;
import org.mentorcred.application.review.repository.ReviewRepository;
import org.mentorcred.application.review.service.ReviewService;
import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.security.CurrentUser;

/**
 * The applicant's rights over their data: an export of everything this service holds about them, and erasure.
 * Erasure anonymises names, e-mails, places, contacts, free text and document contents, here and — through
 * {@code ApplicantErased}, one per application — in every other service; it keeps what the credential registry and
 * the accounts need: ids, programmes, statuses and dates, decisions, amounts, credential numbers, and the name on a
 * credential, without which its public verification by number would confirm nothing (the credential leaves the public
 * registry listing, which is the holder's consent, withdrawn with the erasure).
 */
@ApplicationScoped
public class PersonalDataService {

    /** What stands where a name or free text was. */
    public static final String ERASED = "Erased";
    static final List<String> KEPT = List.of(
            "ids, programmes, statuses, dates and timelines of your applications (the credential registry's record)",
            "decisions, invoices with their amounts and credential numbers (accounting and verification duties)",
            "document fingerprints (SHA-256), not their contents",
            "the name on each credential you hold, shown only to whoever verifies it by its number (the registry's "
                    + "duty); your credentials leave the public registry listing",
            "the credentials' status history and the totals of your renewals (PDUs), without their statements and "
                    + "supervisors' names");

    @Inject
    ApplicantRepository applicants;

    @Inject
    ApplicationRepository applications;

    @Inject
    ApplicationViews views;

    @Inject
    ApplicationService applicationService;

    @Inject
    EvidenceAssembler evidence;

    @Inject
    CompletionRecordRepository completions;

    @Inject
    ApplicationEvents events;

    @Inject
    ReviewRepository reviewRepository;

    @Inject
    ReviewService reviewService;

    @Inject
    InformationRequestRepository informationRequests;

    @Inject
    ReferenceCheckRepository referenceChecks;

    @Inject
    CredentialRepository credentials;

    @Inject
    RenewalRepository renewals;

    @Inject
    CredentialViews credentialViews;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Transactional
    public PersonalDataExport export() {
        Applicant applicant = applicants.findBySubject(user.subject()).orElse(null);
        List<ApplicationView> mine = new ArrayList<>();
        List<String> contents = new ArrayList<>();
        List<CompletionView> records = List.of();
        List<ReviewView> reviews = new ArrayList<>();
        List<InformationRequestView> questions = new ArrayList<>();
        List<ReferenceCheckView> checks = new ArrayList<>();
        List<CredentialView> held = new ArrayList<>();
        List<RenewalView> renewed = new ArrayList<>();
        Instant now = Times.now();
        if (applicant != null) {
            for (Application app : of(applicant)) {
                ApplicationView view = views.of(app);
                mine.add(view);
                view.documents().forEach(d -> contents.add(
                        "/api/v1/applications/" + app.id + "/documents/" + d.documentId() + "/content"));
                Review review = reviewRepository.findById(app.id);
                if (review != null) {
                    reviews.add(reviewService.view(app, review));
                }
                informationRequests.of(app.id).forEach(r -> questions.add(InformationRequestView.of(r)));
                referenceChecks.of(app.id).forEach(c -> checks.add(ReferenceCheckView.of(c, now)));
            }
            records = completions.forApplicant(applicant).stream().map(m -> CompletionView.of(m.record()))
                    .toList();
            for (Credential credential : credentials.list("applicant.id = ?1 order by issuedAt", applicant.id)) {
                held.add(credentialViews.full(credential, now));
                renewals.ofCredential(credential.id).forEach(r -> renewed.add(credentialViews.renewal(r, credential.number)));
            }
        }
        return new PersonalDataExport(now, user.subject(), applicant == null ? null : ApplicantView.of(applicant),
                mine, records, reviews, questions, checks, held, renewed, contents, PersonalDataExport.ELSEWHERE);
    }

    @Transactional
    public ErasureReceipt erase() {
        Applicant applicant = applicants.findBySubject(user.subject())
                .orElseThrow(() -> new ProblemException(404, "profile-not-found", "Not found",
                        "You have no applicant profile: this service holds no personal data of yours"));
        Instant now = Times.now();
        List<Application> mine = of(applicant);
        List<UUID> all = mine.stream().map(a -> a.id).toList();
        if (!all.isEmpty()) {
            // The timelines' free text: people's notes (questions, answers, referees' names) and the applicant's
            // withdrawal reasons, before this erasure's own. The system's notes and the status changes stay.
            update("""
                    UPDATE application_timeline SET reason = ?2
                    WHERE application_id IN (?1) AND reason IS NOT NULL
                      AND ((kind = 'NOTE' AND actor_role <> 'system')
                           OR (actor_role = 'applicant' AND to_status = 'WITHDRAWN'))""", all, ERASED);
        }
        List<UUID> withdrawn = new ArrayList<>();
        for (Application app : mine) {
            if (!app.status.isClosed()) {
                applicationService.withdraw(app.id, "The applicant asked to be erased", null);
                withdrawn.add(app.id);
            }
        }
        String oldEmail = applicant.email;
        applications.flush();
        int documents = anonymise(applicant, oldEmail, all, now);
        em.clear();
        for (Application app : applications.list("applicant.id", applicant.id)) {
            if (app.submittedEvidence != null) { // the snapshot as submitted named people too
                app.submittedEvidence = evidence.json(evidence.current(app));
            }
            events.applicantErased(new ApplicantErased(app.id, applicant.id, applicant.subject, now));
        }
        applications.flush();
        return new ErasureReceipt(applicant.id, now, all, withdrawn, documents, KEPT);
    }

    private List<Application> of(Applicant applicant) {
        return applications.list("applicant.id = ?1 order by createdAt", applicant.id);
    }

    /** One statement per table; returns the number of documents whose contents were deleted. */
    private int anonymise(Applicant applicant, String oldEmail, List<UUID> applicationIds, Instant now) {
        String erasedEmail = "erased-" + applicant.id + "@erased.invalid";
        update("""
                UPDATE applicant SET name = ?2, email = ?3, email_verified = false, city = ?2, latitude = 0, longitude = 0,
                       erased_at = ?4, updated_at = ?4, version = version + 1
                WHERE id = ?1""", applicant.id, ERASED, erasedEmail, now);
        // Each record gets an address of its own: were it the applicant's erased one, it would match them again.
        // Only records of a verified address are the applicant's: an unverified one may be someone else's.
        if (applicant.emailVerified) {
            update("""
                    UPDATE completion_record SET learner_name = ?2, learner_email = 'erased-' || id || '@erased.invalid'
                    WHERE lower(learner_email) = lower(?1)""", oldEmail, ERASED);
        }
        // Kept: the holder's name (verification by number), status history and PDU totals. Gone: the listing in the
        // public registry, renewal statements and supervisors' names.
        update("""
                UPDATE credential SET registry_listed = false, version = version + 1, updated_at = ?2
                WHERE applicant_id = ?1 AND registry_listed""", applicant.id, now);
        update("""
                UPDATE credential_renewal SET statement = CASE WHEN statement IS NULL THEN NULL ELSE ?2 END,
                       supervision_sessions = COALESCE((SELECT jsonb_agg(jsonb_set(s, '{supervisorName}', to_jsonb(CAST(?2 AS text))))
                                                        FROM jsonb_array_elements(supervision_sessions) s), '[]'::jsonb),
                       version = version + 1
                WHERE credential_id IN (SELECT id FROM credential WHERE applicant_id = ?1)""", applicant.id, ERASED);
        if (applicationIds.isEmpty()) {
            return 0;
        }
        update("""
                UPDATE application SET supervisor_name = NULL, supervisor_email = NULL, supervisor_postal_address = NULL,
                       contribution_statement = CASE WHEN contribution_statement IS NULL THEN NULL ELSE ?2 END,
                       version = version + 1, updated_at = ?3
                WHERE id IN (?1)""", applicationIds, ERASED, now);
        update("""
                UPDATE training SET instructor_name = ?2, instructor_email = NULL
                WHERE application_id IN (?1)""", applicationIds, ERASED);
        // The review: reviewers' questions and the answers are free text about the applicant; referees are named
        // and may have commented; their links die. Kept: statuses, dates, decisions and their reasons.
        update("""
                UPDATE information_request SET question = ?2, answer = CASE WHEN answer IS NULL THEN NULL ELSE ?2 END
                WHERE application_id IN (?1)""", applicationIds, ERASED);
        update("""
                UPDATE reference_check SET referee_name = ?2, referee_email = NULL, mentee_name = ?2,
                       comment = CASE WHEN comment IS NULL THEN NULL ELSE ?2 END, token_sha256 = NULL
                WHERE application_id IN (?1)""", applicationIds, ERASED);
        // Events that did not fit the process are kept for operations, without their payloads (names, e-mails).
        update("""
                UPDATE unexpected_event SET payload = '{}'::jsonb WHERE application_id IN (?1)""", applicationIds);
        update("""
                UPDATE engagement SET mentee_name = ?2, mentee_email = NULL,
                       referee_name = CASE WHEN referee_name IS NULL THEN NULL ELSE ?2 END, referee_email = NULL
                WHERE application_id IN (?1)""", applicationIds, ERASED);
        return update("""
                UPDATE document SET content = ''::bytea, filename = 'erased', size_bytes = 0
                WHERE application_id IN (?1)""", applicationIds);
    }

    private int update(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }
}
