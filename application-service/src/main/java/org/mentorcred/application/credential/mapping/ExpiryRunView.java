package org.mentorcred.application.credential.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What one run of the expiry job did")
public record ExpiryRunView(
        @Schema(description = "The day the run judged by", examples = "2028-01-10") LocalDate asOf,
        @Schema(description = "The moment credentials expire by (00:00 UTC of asOf, or now for today's run)") Instant at,
        @Schema(description = "CredentialExpiring events sent, by days before expiry", examples = "{\"90\":3,\"30\":1}")
        Map<Integer, Integer> remindersSent,
        @Schema(description = "Credentials marked EXPIRED", examples = "2") int expired) {
}
