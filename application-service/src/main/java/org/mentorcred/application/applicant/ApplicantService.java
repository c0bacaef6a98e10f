package org.mentorcred.application.applicant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mentorcred.application.common.Constraints;
import org.mentorcred.application.common.Countries;
import org.mentorcred.application.common.ETags;
import org.mentorcred.application.common.Invalid;
import org.mentorcred.application.common.Times;
import org.mentorcred.application.provider.completion.CompletionsRecorded;
import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.problem.Violation;
import org.mentorcred.commons.security.CurrentUser;
import org.mentorcred.commons.security.Roles;

@ApplicationScoped
public class ApplicantService {

    @Inject
    ApplicantRepository applicants;

    @Inject
    CurrentUser user;

    @Inject
    Event<CompletionsRecorded> recordsNowCount;

    /** The caller's profile, or 404 if they have not created one. */
    @Transactional
    public ApplicantView mine() {
        return ApplicantView.of(applicants.findBySubject(user.subject())
                .orElseThrow(() -> new ProblemException(404, "profile-not-found", "Not found",
                        "You have no applicant profile yet; create it with PUT /api/v1/applicants/me")));
    }

    /** Creates or updates the caller's profile. */
    @Transactional
    public Saved saveMine(ApplicantProfile profile, String ifMatch) {
        checkConsistent(profile);
        Instant now = Times.now();
        Applicant applicant = applicants.findBySubject(user.subject()).orElse(null);
        boolean created = applicant == null;
        if (created) {
            applicant = new Applicant();
            applicant.id = UUID.randomUUID();
            applicant.subject = user.subject();
            applicant.createdAt = now;
        } else {
            ETags.check(ifMatch, applicant.version);
        }
        String email = profile.email().strip();
        boolean wasVerified = applicant.emailVerified;
        // Verified if the identity provider vouches for this address now, or did for it before and it is unchanged.
        applicant.emailVerified = user.verifiedEmail().filter(email::equalsIgnoreCase).isPresent()
                || (wasVerified && email.equalsIgnoreCase(applicant.email));
        applicant.name = profile.name().strip();
        applicant.email = email;
        applicant.preferredLanguage = profile.preferredLanguage();
        applicant.country = profile.country();
        applicant.city = profile.city().strip();
        applicant.latitude = profile.latitude();
        applicant.longitude = profile.longitude();
        applicant.highestEducation = profile.highestEducation();
        applicant.member = profile.member();
        applicant.memberSince = profile.memberSince();
        applicant.updatedAt = now;
        if (created) {
            applicants.persist(applicant);
        }
        try {
            applicants.flush(); // the ETag of the answer is the version after this write
        } catch (RuntimeException e) {
            if (Constraints.violated(e, "applicant_subject_unique")) {
                throw ProblemException.conflict("concurrent-update",
                        "Your profile was created by another request meanwhile; read it and retry");
            }
            throw e;
        }
        if (applicant.emailVerified && !wasVerified) {
            // Records partners reported for this address before may complete training an application waits for.
            recordsNowCount.fire(new CompletionsRecorded(Set.of(email), "the applicant's e-mail was verified"));
        }
        return new Saved(ApplicantView.of(applicant), created);
    }

    @Transactional
    public ApplicantView byId(UUID id) {
        Applicant applicant = applicants.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Applicant", id));
        user.requireOwnerOrAnyRole(applicant.subject, Roles.REVIEWER, Roles.ADMIN);
        return ApplicantView.of(applicant);
    }

    private static void checkConsistent(ApplicantProfile profile) {
        List<Violation> violations = new ArrayList<>();
        if (!Countries.isKnown(profile.country())) {
            violations.add(new Violation("country", "is not an ISO 3166-1 alpha-2 country code"));
        }
        if (profile.member() && profile.memberSince() == null) {
            violations.add(new Violation("memberSince", "is required for members"));
        }
        if (!profile.member() && profile.memberSince() != null) {
            violations.add(new Violation("memberSince", "must be absent when member is false"));
        }
        if (!violations.isEmpty()) {
            throw Invalid.request(violations);
        }
    }

    public record Saved(ApplicantView applicant, boolean created) {
    }
}
