package org.mentorcred.eligibility.rules.engine;

/** One requirement of a rule set, compiled from its data ({@code RequirementSpec}) by {@link RuleSetCompiler}. */
public interface Requirement {

    String code();

    String description();

    RequirementOutcome evaluate(EvidenceFacts facts);
}
