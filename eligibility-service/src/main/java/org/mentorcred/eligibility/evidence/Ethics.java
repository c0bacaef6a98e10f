package org.mentorcred.eligibility.evidence;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Adoption of the code of ethics and conduct")
public record Ethics(@Schema(examples = "2026-11-20T10:10:00Z") OffsetDateTime acceptedAt) {
}
