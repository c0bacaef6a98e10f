package org.mentorcred.application.evidence;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The applicant's acceptance of the code of ethics and conduct")
public record EthicsEvidence(Instant acceptedAt, @Schema(examples = "2024-01") String codeVersion) {
}
