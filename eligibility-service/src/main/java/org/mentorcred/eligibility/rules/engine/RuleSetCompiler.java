package org.mentorcred.eligibility.rules.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.mentorcred.commons.problem.Violation;
import org.mentorcred.eligibility.evidence.CentreType;
import org.mentorcred.eligibility.evidence.EducationLevel;
import org.mentorcred.eligibility.evidence.TrainingLevel;
import org.mentorcred.eligibility.rules.Programme;
import org.mentorcred.eligibility.rules.model.RequirementSpec;
import org.mentorcred.eligibility.rules.model.RuleSetDocument;

/**
 * Checks a rule set's data against the format and compiles it into requirements. Every problem is collected
 * (with a JSON path such as {@code requirements[2].minimum}) before failing, so a bad file or request is fixed
 * in one go. The compiled set carries its normalised data: defaults filled in, amounts without trailing
 * zeros, so that the same rules written twice compare equal.
 */
public final class RuleSetCompiler {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final int MAX_DESCRIPTION = 500;
    private static final BigDecimal MAX_TOTAL = BigDecimal.valueOf(100_000);
    private static final BigDecimal MAX_YEARS = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_PEOPLE = BigDecimal.valueOf(10_000_000);

    private final List<Violation> problems = new ArrayList<>();
    private final Set<String> codes = new HashSet<>();

    private RuleSetCompiler() {
    }

    /** @throws InvalidRuleSetException listing every problem, if the data is not a valid rule set */
    public static RuleSet compile(RuleSetDocument document) {
        return new RuleSetCompiler().run(document);
    }

    private record Compiled(Requirement requirement, RequirementSpec spec) {
    }

    private RuleSet run(RuleSetDocument document) {
        Programme programme = enumValue(Programme.class, document.programme(), "programme");
        if (document.version() == null) {
            problem("version", "is required");
        } else if (document.version() < 1) {
            problem("version", "must be 1 or more");
        }
        if (document.effectiveFrom() == null) {
            problem("effectiveFrom", "is required");
        }
        List<Requirement> requirements = new ArrayList<>();
        List<RequirementSpec> normalised = new ArrayList<>();
        if (document.requirements() == null || document.requirements().isEmpty()) {
            problem("requirements", "must list at least one requirement");
        } else {
            for (int i = 0; i < document.requirements().size(); i++) {
                Compiled compiled = requirement(document.requirements().get(i), "requirements[" + i + "]", true);
                if (compiled != null) {
                    requirements.add(compiled.requirement());
                    normalised.add(compiled.spec());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRuleSetException("Rule set", problems);
        }
        return new RuleSet(programme, document.version(), document.effectiveFrom(), List.copyOf(requirements),
                new RuleSetDocument(programme.name(), document.version(), document.effectiveFrom(), List.copyOf(normalised)));
    }

    private Compiled requirement(RequirementSpec spec, String at, boolean topLevel) {
        if (spec == null) {
            problem(at, "must be a requirement, not null");
            return null;
        }
        int before = problems.size();
        String code = spec.code();
        if (blank(code)) {
            problem(at + ".code", "is required");
        } else if (!CODE.matcher(code).matches()) {
            problem(at + ".code", "must be upper-case letters, digits and underscores, starting with a letter (at most 64)");
        } else if (!codes.add(code)) {
            problem(at + ".code", "repeats the code " + code + "; codes are unique in a rule set");
        }
        String description = spec.description();
        if (blank(description)) {
            problem(at + ".description", "is required");
        } else if (description.length() > MAX_DESCRIPTION) {
            problem(at + ".description", "must be at most " + MAX_DESCRIPTION + " characters");
        }
        RequirementKind kind = enumValue(RequirementKind.class, spec.kind(), at + ".kind");
        if (kind == null) {
            return null;
        }
        parameters(spec).forEach((name, value) -> {
            if (value != null && !kind.parameters().contains(name)) {
                problem(at + "." + name, "is not a parameter of " + kind);
            }
        });
        List<RequirementSpec> options = null;
        Requirement requirement = switch (kind) {
            case MINIMUM_TOTAL -> minimumTotal(spec, at);
            case MENTORING_YEARS -> {
                BigDecimal years = amount(spec.minimum(), at + ".minimum", MAX_YEARS, true);
                yield years == null ? null : new MentoringYears(code, description, years.intValueExact());
            }
            case DECLARED_EXPERIENCE -> declaredExperience(spec, at);
            case MINIMUM_EDUCATION -> {
                EducationLevel level = enumValue(EducationLevel.class, spec.level(), at + ".level");
                yield level == null ? null : new MinimumEducation(code, description, level);
            }
            case CREDENTIAL_OR_TRAINING -> credentialOrTraining(spec, at);
            case CREDENTIAL_HELD -> new HoldsCredential(code, description, Boolean.TRUE.equals(spec.internationalBody()),
                    Boolean.TRUE.equals(spec.proofRequired()));
            case INSTITUTION_HEAD -> {
                BigDecimal people = amount(spec.minimum(), at + ".minimum", MAX_PEOPLE, true);
                yield people == null ? null : new InstitutionHead(code, description, people.intValueExact());
            }
            case DECLARATION -> {
                Declaration declaration = enumValue(Declaration.class, spec.declaration(), at + ".declaration");
                yield declaration == null ? null : new DeclarationPresent(code, description, declaration);
            }
            case REVIEWER_JUDGEMENT -> {
                Statement statement = enumValue(Statement.class, spec.statement(), at + ".statement");
                yield statement == null ? null
                        : new ReviewerJudgement(code, description, statement, !Boolean.FALSE.equals(spec.evidenceRequired()));
            }
            case ANY_OF -> {
                if (!topLevel) {
                    problem(at + ".kind", "ANY_OF cannot be an alternative of another ANY_OF");
                    yield null;
                }
                if (spec.options() == null || spec.options().size() < 2) {
                    problem(at + ".options", "must list at least two alternatives");
                    yield null;
                }
                List<Requirement> alternatives = new ArrayList<>();
                options = new ArrayList<>();
                for (int i = 0; i < spec.options().size(); i++) {
                    Compiled option = requirement(spec.options().get(i), at + ".options[" + i + "]", false);
                    if (option != null) {
                        alternatives.add(option.requirement());
                        options.add(option.spec());
                    }
                }
                yield new AnyOf(code, description, List.copyOf(alternatives));
            }
        };
        if (requirement == null || problems.size() > before) {
            return null;
        }
        return new Compiled(requirement, normalise(spec, requirement, options));
    }

    private Requirement minimumTotal(RequirementSpec spec, String at) {
        Measure measure = enumValue(Measure.class, spec.measure(), at + ".measure");
        boolean whole = measure == Measure.COMPLETED_ENGAGEMENTS || measure == Measure.REFERENCES;
        BigDecimal minimum = amount(spec.minimum(), at + ".minimum", MAX_TOTAL, whole);
        if (measure == null) {
            return null;
        }
        Set<CentreType> centreTypes = EnumSet.noneOf(CentreType.class);
        if (measure == Measure.TRAINING_HOURS) {
            centreTypes = enumValues(CentreType.class, spec.centreTypes(), at + ".centreTypes");
        } else {
            if (spec.centreTypes() != null) {
                problem(at + ".centreTypes", "only applies to the measure TRAINING_HOURS");
            }
            if (spec.evidenceRequired() != null) {
                problem(at + ".evidenceRequired", "only applies to the measure TRAINING_HOURS");
            }
        }
        return minimum == null ? null : new MinimumTotal(spec.code(), spec.description(), measure, minimum,
                Set.copyOf(centreTypes), !Boolean.FALSE.equals(spec.evidenceRequired()));
    }

    private Requirement declaredExperience(RequirementSpec spec, String at) {
        ExperienceMeasure measure = enumValue(ExperienceMeasure.class, spec.measure(), at + ".measure");
        BigDecimal minimum = amount(spec.minimum(), at + ".minimum", MAX_YEARS, false);
        if (measure != null && measure != ExperienceMeasure.MENTORING_COACHING_YEARS && spec.caseRecordsRequired() != null) {
            problem(at + ".caseRecordsRequired", "only applies to the measure MENTORING_COACHING_YEARS");
        }
        return measure == null || minimum == null ? null : new DeclaredExperience(spec.code(), spec.description(), measure,
                minimum, Boolean.TRUE.equals(spec.caseRecordsRequired()));
    }

    private Requirement credentialOrTraining(RequirementSpec spec, String at) {
        List<String> names = spec.credentialNames() == null ? List.of() : spec.credentialNames();
        List<String> levels = spec.trainingLevels() == null ? List.of() : spec.trainingLevels();
        if (names.isEmpty() && levels.isEmpty()) {
            problem(at, "needs credentialNames (with credentialBody), trainingLevels, or both");
            return null;
        }
        if (!names.isEmpty() && blank(spec.credentialBody())) {
            problem(at + ".credentialBody", "is required with credentialNames");
        }
        if (names.isEmpty() && spec.credentialBody() != null) {
            problem(at + ".credentialNames", "is required with credentialBody");
        }
        for (int i = 0; i < names.size(); i++) {
            if (blank(names.get(i))) {
                problem(at + ".credentialNames[" + i + "]", "must not be blank");
            }
        }
        Set<TrainingLevel> trainingLevels = levels.isEmpty() ? EnumSet.noneOf(TrainingLevel.class)
                : enumValues(TrainingLevel.class, levels, at + ".trainingLevels");
        return new CredentialOrTraining(spec.code(), spec.description(), spec.credentialBody(), List.copyOf(names),
                Set.copyOf(trainingLevels), !Boolean.FALSE.equals(spec.evidenceRequired()));
    }

    /** The spec as stored and published: the kind's defaults written out, amounts without trailing zeros. */
    private static RequirementSpec normalise(RequirementSpec s, Requirement requirement, List<RequirementSpec> options) {
        Boolean evidenceRequired = null;
        Boolean internationalBody = null;
        Boolean proofRequired = null;
        Boolean caseRecordsRequired = null;
        if (requirement instanceof MinimumTotal total && total.measure() == Measure.TRAINING_HOURS) {
            evidenceRequired = total.evidenceRequired();
        } else if (requirement instanceof CredentialOrTraining prior && !prior.trainingLevels().isEmpty()) {
            evidenceRequired = prior.evidenceRequired();
        } else if (requirement instanceof ReviewerJudgement judgement) {
            evidenceRequired = judgement.evidenceRequired();
        } else if (requirement instanceof HoldsCredential held) {
            internationalBody = held.internationalBody();
            proofRequired = held.proofRequired();
        } else if (requirement instanceof DeclaredExperience declared
                && declared.measure() == ExperienceMeasure.MENTORING_COACHING_YEARS) {
            caseRecordsRequired = declared.caseRecordsRequired();
        }
        return new RequirementSpec(s.code(), s.kind(), s.description(), s.measure(),
                s.minimum() == null ? null : Words.plain(s.minimum()), s.centreTypes(), evidenceRequired, s.level(),
                s.credentialBody(), s.credentialNames(), s.trainingLevels(), internationalBody, proofRequired,
                caseRecordsRequired, s.declaration(), s.statement(), options == null ? null : List.copyOf(options));
    }

    private BigDecimal amount(BigDecimal value, String at, BigDecimal max, boolean whole) {
        if (value == null) {
            problem(at, "is required");
            return null;
        }
        if (value.signum() <= 0) {
            problem(at, "must be greater than 0");
            return null;
        }
        if (value.compareTo(max) > 0) {
            problem(at, "must be at most " + Words.number(max));
            return null;
        }
        BigDecimal plain = Words.plain(value);
        if (whole && plain.scale() > 0) {
            problem(at, "must be a whole number");
            return null;
        }
        return plain;
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String value, String at) {
        if (blank(value)) {
            problem(at, "is required");
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problem(at, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
            return null;
        }
    }

    private <E extends Enum<E>> Set<E> enumValues(Class<E> type, List<String> values, String at) {
        Set<E> result = EnumSet.noneOf(type);
        if (values == null || values.isEmpty()) {
            problem(at, "must list at least one value");
            return result;
        }
        for (int i = 0; i < values.size(); i++) {
            E value = enumValue(type, values.get(i), at + "[" + i + "]");
            if (value != null && !result.add(value)) {
                problem(at + "[" + i + "]", "repeats " + value);
            }
        }
        return result;
    }

    private static Map<String, Object> parameters(RequirementSpec s) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("measure", s.measure());
        parameters.put("minimum", s.minimum());
        parameters.put("centreTypes", s.centreTypes());
        parameters.put("evidenceRequired", s.evidenceRequired());
        parameters.put("level", s.level());
        parameters.put("credentialBody", s.credentialBody());
        parameters.put("credentialNames", s.credentialNames());
        parameters.put("trainingLevels", s.trainingLevels());
        parameters.put("internationalBody", s.internationalBody());
        parameters.put("proofRequired", s.proofRequired());
        parameters.put("caseRecordsRequired", s.caseRecordsRequired());
        parameters.put("declaration", s.declaration());
        parameters.put("statement", s.statement());
        parameters.put("options", s.options());
        return parameters;
    }

    private void problem(String field, String message) {
        problems.add(new Violation(field, message));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
