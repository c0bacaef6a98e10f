package org.mentorcred.application.provider.completion;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorcred.application.provider.TrainingProvider;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CompletionRecordRepository implements PanacheRepositoryBase<CompletionRecord, UUID> {

    /** A completion record with the provider that reported it. */
    public record Matched(CompletionRecord record, TrainingProvider provider) {
    }

    /** The records whose learner has this e-mail (case-insensitively), oldest course first. */
    public List<Matched> forLearner(String email) {
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
