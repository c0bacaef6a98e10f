package org.mentorcred.application.programme;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.application.evidence.Evidence;
import org.mentorcred.commons.problem.Violation;

/** A programme of the catalogue and what a complete application to it contains. */
@Schema(description = "A programme one can apply for and the sections a complete application contains")
public record Programme(
        ProgrammeCode code,
        @Schema(examples = "Certified Professional Mentor") String name,
        @Schema(description = "The credential awarded on success", examples = "IMC_CPM") ProgrammeCode awards,
        List<Requirement> requirements) {

    public Programme {
        requirements = List.copyOf(requirements);
    }

    /** One violation per unmet requirement, in catalogue order; empty when the application is complete. */
    public List<Violation> missingIn(Evidence evidence) {
        return requirements.stream().filter(r -> !r.isMetBy(evidence)).map(Requirement::violation).toList();
    }
}
