package org.mentorcred.eligibility.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.mentorcred.eligibility.evidence.CredentialHeld;
import org.mentorcred.eligibility.evidence.Training;
import org.mentorcred.eligibility.evidence.TrainingLevel;

/**
 * {@code CREDENTIAL_OR_TRAINING}: holds a prior credential of {@code body} (any of its {@code names}), or has
 * equivalent training: an ended training of one of {@code trainingLevels} (with evidence, unless the rule
 * says otherwise).
 */
public record CredentialOrTraining(String code, String description, String body, List<String> names,
        Set<TrainingLevel> trainingLevels, boolean evidenceRequired) implements Requirement {

    @Override
    public RequirementOutcome evaluate(EvidenceFacts facts) {
        List<String> alternatives = new ArrayList<>();
        if (!names.isEmpty()) {
            alternatives.add(body + " " + names.get(0) + " credential");
        }
        String levels = Words.either(trainingLevels.stream().sorted().map(Enum::name).toList());
        if (!trainingLevels.isEmpty()) {
            alternatives.add(levels + "-level training");
        }
        String required = String.join(" or ", alternatives);
        Optional<CredentialHeld> credential = facts.evidence().credentialsHeld().stream().filter(this::matches).findFirst();
        if (credential.isPresent()) {
            return RequirementOutcome.met(this, required, "holds " + credential.get().body() + " " + credential.get().credential());
        }
        Optional<Training> training = facts.evidence().trainings().stream().filter(t -> equivalent(t, facts)).findFirst();
        if (training.isPresent()) {
            return RequirementOutcome.met(this, required, training.get().level() + "-level training");
        }
        List<String> missing = new ArrayList<>();
        if (!names.isEmpty()) {
            missing.add("the " + body + " " + names.get(0) + " credential");
        }
        if (!trainingLevels.isEmpty()) {
            missing.add("a completed " + levels + "-level training" + (evidenceRequired ? " with evidence" : ""));
        }
        return RequirementOutcome.unmet(this, required, "none", String.join(", or ", missing));
    }

    private boolean matches(CredentialHeld held) {
        if (held.body() == null || held.credential() == null || !normalise(held.body()).equals(normalise(body))) {
            return false;
        }
        String credential = normalise(held.credential());
        return names.stream().anyMatch(name -> normalise(name).equals(credential));
    }

    private boolean equivalent(Training training, EvidenceFacts facts) {
        return training.level() != null && trainingLevels.contains(training.level()) && facts.ended(training)
                && (!evidenceRequired || EvidenceFacts.hasEvidence(training));
    }

    /** "IPMA_PM", "ipma pm" and "IPMA-PM" are one name. */
    static String normalise(String name) {
        return name.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
