package org.mentorcred.eligibility.rules.service;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.mentorcred.eligibility.rules.Programme;
import org.mentorcred.eligibility.rules.engine.InvalidRuleSetException;
import org.mentorcred.eligibility.rules.engine.RuleSet;
import org.mentorcred.eligibility.rules.engine.RuleSetCompiler;
import org.mentorcred.eligibility.rules.model.RuleSetJson;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * The rule sets bundled with the service: {@code <location>/<PROGRAMME>/v1.json}, {@code v2.json}, … (numbered
 * without gaps; every programme has a v1). Each is read strictly and checked; all problems of all files are
 * reported together.
 */
public final class RuleSetFiles {

    private RuleSetFiles() {
    }

    public static String path(String location, Programme programme, int version) {
        return location + "/" + programme.name() + "/v" + version + ".json";
    }

    /** @throws IllegalStateException listing every problem, if any file is missing or invalid */
    public static List<RuleSet> read(ClassLoader loader, String location) {
        List<String> problems = new ArrayList<>();
        List<RuleSet> ruleSets = new ArrayList<>();
        for (Programme programme : Programme.values()) {
            LocalDate previous = null;
            for (int version = 1;; version++) {
                String path = path(location, programme, version);
                URL url = loader.getResource(path);
                if (url == null) {
                    if (version == 1) {
                        problems.add(path + " is missing: every programme needs a first rule set");
                    }
                    break;
                }
                try (InputStream in = url.openStream()) {
                    var document = RuleSetJson.read(in);
                    if (!programme.name().equals(document.programme())) {
                        problems.add(path + ": programme must be " + programme + ", as the folder says");
                    }
                    if (document.version() == null || document.version() != version) {
                        problems.add(path + ": version must be " + version + ", as the file name says");
                    }
                    LocalDate effectiveFrom = document.effectiveFrom();
                    if (previous != null && effectiveFrom != null && !effectiveFrom.isAfter(previous)) {
                        problems.add(path + ": effectiveFrom must be after " + previous + ", when version "
                                + (version - 1) + " took effect");
                    }
                    previous = effectiveFrom == null ? previous : effectiveFrom;
                    ruleSets.add(RuleSetCompiler.compile(document));
                } catch (InvalidRuleSetException e) {
                    e.problems().forEach(p -> problems.add(path + ": " + p.field() + " " + p.message()));
                } catch (JsonProcessingException e) {
                    problems.add(path + " is not a rule set: " + e.getOriginalMessage());
                } catch (IOException e) {
                    problems.add(path + " cannot be read: " + e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The bundled rule sets are invalid, so eligibility-service does not start:\n  "
                    + String.join("\n  ", problems));
        }
        return List.copyOf(ruleSets);
    }
}
