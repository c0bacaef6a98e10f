package org.mentorcred.application.credential.config;

import java.math.BigDecimal;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.mentorcred.application.programme.Programme;
import org.mentorcred.application.programme.ProgrammeCatalogueStore;
import org.mentorcred.application.programme.ProgrammeCode;

import io.quarkus.runtime.StartupEvent;

/**
 * The credential policy of {@link CredentialsConfig}, checked once at start: a programme the catalogue awards
 * without rules, an unreadable period or an impossible number stops the service with a message naming it.
 */
@ApplicationScoped
public class CredentialRules {

    /** What holding a credential of one programme means. */
    public record Rules(ProgrammeCode programme, Period validity, String numberCode, Integer level,
            BigDecimal renewalPdus, int supervisionSessionsPerYear, boolean permanentUpgrade) {

        /** Whole years of one validity period (supervision is counted per year). */
        public int validityYears() {
            return (int) (validity.toTotalMonths() / 12);
        }
    }

    private final Map<ProgrammeCode, Rules> byProgramme = new EnumMap<>(ProgrammeCode.class);
    private final Period permanentMembership;
    private final List<Integer> reminderDays;

    @Inject
    ProgrammeCatalogueStore catalogue;

    @Inject
    public CredentialRules(CredentialsConfig config) {
        List<String> errors = new ArrayList<>();
        config.programmes().forEach((key, raw) -> {
            ProgrammeCode code;
            try {
                code = ProgrammeCode.valueOf(key);
            } catch (IllegalArgumentException e) {
                errors.add("mentorcred.credentials.programmes." + key + ": not a programme code");
                return;
            }
            String where = "mentorcred.credentials.programmes." + key;
            Period validity = period(raw.validity(), where + ".validity", errors);
            if (validity != null && (validity.isNegative() || validity.isZero())) {
                errors.add(where + ".validity must be positive");
            }
            if (!raw.numberCode().matches("[A-Z0-9]+(-[A-Z0-9]+)*")) {
                errors.add(where + ".number-code must be upper-case letters and digits, parts joined by '-'");
            }
            if (raw.renewalPdus().signum() < 0) {
                errors.add(where + ".renewal-pdus must not be negative");
            }
            if (raw.supervisionSessionsPerYear() < 0) {
                errors.add(where + ".supervision-sessions-per-year must not be negative");
            }
            if (validity != null && raw.supervisionSessionsPerYear() > 0
                    && (validity.getDays() != 0 || validity.toTotalMonths() % 12 != 0 || validity.toTotalMonths() == 0)) {
                errors.add(where + ".validity must be whole years when supervision is counted per year");
            }
            Integer level = raw.level().isPresent() ? raw.level().getAsInt() : null;
            byProgramme.put(code, new Rules(code, validity, raw.numberCode(), level, raw.renewalPdus(),
                    raw.supervisionSessionsPerYear(), raw.permanentUpgrade()));
        });
        permanentMembership = period(config.permanent().membership(), "mentorcred.credentials.permanent.membership", errors);
        reminderDays = config.expiry().reminderDays().stream().sorted().distinct().toList();
        if (reminderDays.isEmpty() || reminderDays.get(0) <= 0) {
            errors.add("mentorcred.credentials.expiry.reminder-days must be positive numbers of days");
        }
        if (config.statusList().size() < 131_072 || config.statusList().size() % 8 != 0) {
            errors.add("mentorcred.credentials.status-list.size must be a multiple of 8 and at least 131072");
        }
        if (config.expiry().batchSize() < 1) {
            errors.add("mentorcred.credentials.expiry.batch-size must be at least 1");
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("Invalid credential configuration:\n  " + String.join("\n  ", errors));
        }
    }

    /** After the catalogue is loaded: every programme it awards needs rules. */
    void checkCoverage(@Observes @Priority(3000) StartupEvent started) {
        List<String> missing = catalogue.current().programmes().stream().map(Programme::awards).distinct()
                .filter(code -> !byProgramme.containsKey(code)).map(code -> "mentorcred.credentials.programmes." + code)
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Invalid credential configuration: no rules for " + missing);
        }
    }

    public Rules of(ProgrammeCode awarded) {
        Rules rules = byProgramme.get(awarded);
        if (rules == null) {
            throw new IllegalStateException("No credential rules for " + awarded);
        }
        return rules;
    }

    /** The programme a successful application to {@code programme} awards, and its name, from the catalogue. */
    public ProgrammeCode awardedBy(ProgrammeCode programme) {
        return catalogue.current().programme(programme).awards();
    }

    public String nameOf(ProgrammeCode awarded) {
        return catalogue.current().programme(awarded).name();
    }

    public Period permanentMembership() {
        return permanentMembership;
    }

    /** Reminder thresholds, nearest first (30, 90). */
    public List<Integer> reminderDays() {
        return reminderDays;
    }

    private static Period period(String text, String where, List<String> errors) {
        try {
            return Period.parse(text);
        } catch (DateTimeParseException | NullPointerException e) {
            errors.add(where + " is not an ISO-8601 period such as P2Y: " + text);
            return null;
        }
    }
}
