package org.mentorcred.eligibility.evidence;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Statement of a significant contribution to the mentoring profession, with evidence")
public record Contribution(String statement, List<UUID> documentIds) {

    public Contribution {
        documentIds = documentIds == null ? List.of() : documentIds;
    }
}
