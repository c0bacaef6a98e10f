package org.mentorcred.application.provider.completion;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorcred.application.applicant.Applicant;
import org.mentorcred.application.provider.TrainingProvider;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CompletionRecordRepository implements PanacheRepositoryBase<CompletionRecord, UUID> {

    /** A completion record with the provider that reported it. */
    public record Matched(CompletionRecord record, TrainingProvider provider) {
    }

    /**
     * The records whose learner e-mail is the applicant's (case-insensitively), oldest course first; none while the
     * identity provider has not verified that e-mail: anyone can type an address, and its records would be another
     * person's training.
     */
    public List<Matched> forApplicant(Applicant applicant) {
        return applicant.emailVerified ? forLearner(applicant.email) : List.of();
    }

    private List<Matched> forLearner(String email) {
        return getEntityManager().createQuery("""
                SELECT c, p FROM CompletionRecord c JOIN TrainingProvider p ON p.id = c.providerId
                WHERE lower(c.learnerEmail) = lower(:email)
                ORDER BY c.startDate, c.id""", Object[].class)
                .setParameter("email", email)
                .getResultStream()
                .map(row -> new Matched((CompletionRecord) row[0], (TrainingProvider) row[1]))
                .toList();
    }
}
