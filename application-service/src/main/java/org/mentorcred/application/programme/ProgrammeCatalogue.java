package org.mentorcred.application.programme;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The versioned table of programmes and the sections each requires for completeness. It is data
 * ({@code programmes/catalogue.json}), read and checked once at start; a broken catalogue stops the service
 * with a message that says what to fix.
 */
@Schema(description = "The programmes and what a complete application to each contains")
public record ProgrammeCatalogue(
        @Schema(description = "Catalogue version; an application records the version that judged it complete", examples = "2026-12") String version,
        List<Programme> programmes) {

    /** The file's shape, before it is checked. */
    record RawCatalogue(String version, List<RawProgramme> programmes) {
    }

    record RawProgramme(String code, String name, String awards, List<RawRequirement> requirements) {
    }

    record RawRequirement(String section, String field, List<String> anyOf, String description) {
    }

    public ProgrammeCatalogue {
        programmes = List.copyOf(programmes);
    }

    public Programme programme(ProgrammeCode code) {
        return programmes.stream().filter(p -> p.code() == code).findFirst()
                .orElseThrow(() -> new IllegalStateException("The catalogue has no programme " + code));
    }

    /** Reads and checks a catalogue; every problem found is listed in one {@link InvalidCatalogueException}. */
    public static ProgrammeCatalogue parse(byte[] json) {
        RawCatalogue raw;
        try {
            raw = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(json, RawCatalogue.class);
        } catch (IOException e) {
            throw new InvalidCatalogueException(List.of("not a readable catalogue: " + e.getMessage()));
        }
        List<String> errors = new ArrayList<>();
        if (raw.version() == null || raw.version().isBlank() || raw.version().length() > 40) {
            errors.add("version must be given (at most 40 characters)");
        }
        Map<ProgrammeCode, Programme> byCode = new EnumMap<>(ProgrammeCode.class);
        for (RawProgramme p : raw.programmes() == null ? List.<RawProgramme>of() : raw.programmes()) {
            ProgrammeCode code = enumValue(ProgrammeCode.class, p.code(), "programme code", errors);
            if (code == null) {
                continue;
            }
            String where = "programme " + code;
            if (byCode.containsKey(code)) {
                errors.add(where + " appears twice");
                continue;
            }
            if (p.name() == null || p.name().isBlank()) {
                errors.add(where + " has no name");
            }
            ProgrammeCode awards = p.awards() == null ? code : enumValue(ProgrammeCode.class, p.awards(), where + " awards", errors);
            List<Requirement> requirements = requirements(where, p.requirements(), errors);
            byCode.put(code, new Programme(code, p.name(), awards, requirements));
        }
        for (ProgrammeCode code : ProgrammeCode.values()) {
            if (!byCode.containsKey(code)) {
                errors.add("programme " + code + " is missing");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidCatalogueException(errors);
        }
        return new ProgrammeCatalogue(raw.version(), List.copyOf(byCode.values()));
    }

    private static List<Requirement> requirements(String where, List<RawRequirement> raw, List<String> errors) {
        List<Requirement> requirements = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            errors.add(where + " has no requirements");
            return requirements;
        }
        Set<String> fields = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            RawRequirement r = raw.get(i);
            String at = where + " requirement " + i;
            List<String> names = r.section() != null ? List.of(r.section()) : r.anyOf();
            if (r.section() != null && r.anyOf() != null || names == null || names.isEmpty()) {
                errors.add(at + " needs either section or a non-empty anyOf");
                continue;
            }
            List<Section> sections = new ArrayList<>();
            for (String name : names) {
                try {
                    sections.add(Section.fromKey(name));
                } catch (IllegalArgumentException e) {
                    errors.add(at + ": " + e.getMessage());
                }
            }
            String field = r.field() != null ? r.field() : sections.size() == 1 ? sections.get(0).key() : null;
            if (field == null) {
                errors.add(at + " offers alternatives, so it needs a field to report it under");
                continue;
            }
            if (!fields.add(field)) {
                errors.add(at + " reports under field " + field + ", which another requirement already uses");
            }
            if (sections.size() == names.size()) {
                requirements.add(new Requirement(field, sections, r.description()));
            }
        }
        return requirements;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String what, List<String> errors) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.add(what + " " + value + " is unknown");
            return null;
        }
    }
}
