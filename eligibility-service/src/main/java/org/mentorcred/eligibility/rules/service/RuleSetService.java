package org.mentorcred.eligibility.rules.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.mentorcred.commons.api.Page;
import org.mentorcred.commons.api.PageParams;
import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.problem.Violation;
import org.mentorcred.eligibility.config.EligibilityConfig;
import org.mentorcred.eligibility.rules.Programme;
import org.mentorcred.eligibility.rules.engine.InvalidRuleSetException;
import org.mentorcred.eligibility.rules.engine.RuleSet;
import org.mentorcred.eligibility.rules.engine.RuleSetCompiler;
import org.mentorcred.eligibility.rules.model.RuleSetDocument;
import org.mentorcred.eligibility.rules.model.RuleSetDraft;
import org.mentorcred.eligibility.rules.model.RuleSetJson;
import org.mentorcred.eligibility.rules.repository.RuleSetEntity;
import org.mentorcred.eligibility.rules.repository.RuleSetRepository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

/**
 * The rule sets: stored versions (bundled ones at start, later ones published by an admin), never changed
 * once stored; and the version in effect on a date.
 */
@ApplicationScoped
public class RuleSetService {

    private static final Logger LOG = Logger.getLogger(RuleSetService.class);

    /** A stored version with its compiled rules. */
    public record StoredRuleSet(RuleSet ruleSet, RuleSetEntity row) {
    }

    /** The outcome of a publish: the version, and whether this request stored it (false: the same rules again). */
    public record Published(StoredRuleSet stored, boolean created) {
    }

    @Inject
    RuleSetRepository repository;

    @Inject
    EligibilityConfig config;

    /** Versions never change, so a compiled version can be kept for good. */
    private final Map<RuleSetEntity.Key, RuleSet> compiled = new ConcurrentHashMap<>();

    public LocalDate today() {
        return LocalDate.now(config.zone());
    }

    /**
     * Stores the bundled versions not stored yet. A bundled version that differs from the stored version of
     * its number, or takes the date of another stored version, stops the start: versions never change.
     */
    @Transactional
    public void storeBundled(List<RuleSet> ruleSets) {
        List<String> problems = new ArrayList<>();
        for (RuleSet ruleSet : ruleSets) {
            String file = RuleSetFiles.path(config.rulesLocation(), ruleSet.programme(), ruleSet.version());
            String checksum = RuleSetJson.checksum(ruleSet.document());
            if (repository.insert(ruleSet, checksum, "RESOURCE", null)) {
                LOG.infof("Stored rule set %s version %d, in effect from %s", ruleSet.programme(), ruleSet.version(),
                        ruleSet.effectiveFrom());
                continue;
            }
            Optional<RuleSetEntity> stored = repository.find(ruleSet.programme(), ruleSet.version());
            if (stored.isEmpty()) {
                problems.add(file + " takes effect on " + ruleSet.effectiveFrom() + ", the date of another stored version of "
                        + ruleSet.programme());
            } else if (!stored.get().checksum.equals(checksum)) {
                problems.add(file + " differs from version " + ruleSet.version() + " of " + ruleSet.programme()
                        + " stored on " + stored.get().publishedAt.toLocalDate() + " (" + stored.get().origin
                        + "); a stored version never changes: put the change in a new version");
            }
        }
        for (Programme programme : Programme.values()) {
            LocalDate previous = null;
            for (RuleSetEntity row : repository.list("programme", Sort.ascending("version"), programme)) {
                if (previous != null && !row.effectiveFrom.isAfter(previous)) {
                    problems.add("version " + row.version + " of " + programme + " takes effect on " + row.effectiveFrom
                            + ", not after the version before it (" + previous + ")");
                }
                previous = row.effectiveFrom;
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The bundled rule sets conflict with the stored ones, so eligibility-service"
                    + " does not start:\n  " + String.join("\n  ", problems));
        }
    }

    /**
     * The version in effect on {@code date}. A date before the first version (which no real submission has)
     * is judged by the first version rather than not at all.
     */
    @Transactional
    public StoredRuleSet inEffectOn(Programme programme, LocalDate date) {
        RuleSetEntity row = repository.inEffectOn(programme, date).orElseGet(() -> {
            LOG.warnf("No %s rule set was in effect on %s; the first version applies", programme, date);
            return repository.earliest(programme)
                    .orElseThrow(() -> new IllegalStateException("No rule set of " + programme + " is stored"));
        });
        return new StoredRuleSet(compiled(row), row);
    }

    @Transactional
    public Optional<StoredRuleSet> version(Programme programme, int version) {
        return repository.find(programme, version).map(row -> new StoredRuleSet(compiled(row), row));
    }

    @Transactional
    public Page<RuleSetEntity> versions(Programme programme, PageParams paging) {
        PanacheQuery<RuleSetEntity> query = repository.versions(programme);
        return Page.of(query.page(paging.page, paging.size).list(), paging, query::count);
    }

    /**
     * Publishes a new version: valid rules (422 listing every problem otherwise), the next version number, in
     * effect from today or later and after the latest version. The same version with the same rules again
     * is a no-op; with other rules, a 409.
     */
    @Transactional
    public Published publish(Programme programme, RuleSetDraft draft, String publishedBy) {
        List<Violation> problems = new ArrayList<>();
        RuleSet ruleSet = null;
        try {
            ruleSet = RuleSetCompiler.compile(new RuleSetDocument(programme.name(), draft.version(),
                    draft.effectiveFrom(), draft.requirements()));
        } catch (InvalidRuleSetException e) {
            problems.addAll(e.problems());
        }
        Optional<RuleSetEntity> latest = repository.latest(programme);
        if (ruleSet != null) {
            Optional<RuleSetEntity> existing = repository.find(programme, ruleSet.version());
            if (existing.isPresent()) {
                if (existing.get().checksum.equals(RuleSetJson.checksum(ruleSet.document()))) {
                    return new Published(new StoredRuleSet(compiled(existing.get()), existing.get()), false);
                }
                throw ProblemException.conflict("rule-set-version-exists", "Version " + ruleSet.version() + " of "
                        + programme + " is already published with other rules, and published versions never change; "
                        + "publish the change as version " + (latest.get().version + 1))
                        .with("latestVersion", latest.get().version);
            }
        }
        int next = latest.map(l -> l.version + 1).orElse(1);
        if (draft.version() != null && draft.version() >= 1 && draft.version() != next) {
            problems.add(new Violation("version", "must be " + next + ", the next version of " + programme));
        }
        if (draft.effectiveFrom() != null) {
            LocalDate today = today();
            if (draft.effectiveFrom().isBefore(today)) {
                problems.add(new Violation("effectiveFrom", "must be today (" + today
                        + ") or later: a new version never changes the rules of the past"));
            }
            if (latest.isPresent() && !draft.effectiveFrom().isAfter(latest.get().effectiveFrom)) {
                problems.add(new Violation("effectiveFrom", "must be after " + latest.get().effectiveFrom
                        + ", when version " + latest.get().version + " takes effect"));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("invalid-rule-set", problems.size() == 1
                    ? "The rule set has one problem" : "The rule set has " + problems.size() + " problems", problems);
        }
        if (!repository.insert(ruleSet, RuleSetJson.checksum(ruleSet.document()), "API", publishedBy)) {
            throw ProblemException.conflict("rule-set-version-exists", "Another version of " + programme
                    + " was published at the same moment; read the versions and try again");
        }
        LOG.infof("%s published rule set %s version %d, in effect from %s", publishedBy, programme, ruleSet.version(),
                ruleSet.effectiveFrom());
        RuleSetEntity row = repository.find(programme, ruleSet.version()).orElseThrow();
        return new Published(new StoredRuleSet(compiled(row), row), true);
    }

    private RuleSet compiled(RuleSetEntity row) {
        return compiled.computeIfAbsent(new RuleSetEntity.Key(row.programme, row.version),
                key -> RuleSetCompiler.compile(RuleSetJson.read(row.document)));
    }
}
