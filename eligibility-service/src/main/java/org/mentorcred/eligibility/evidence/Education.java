package org.mentorcred.eligibility.evidence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Education record")
public record Education(@Schema(examples = "MASTER") EducationLevel level) {
}
