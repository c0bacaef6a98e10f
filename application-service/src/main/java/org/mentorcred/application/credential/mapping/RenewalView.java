package org.mentorcred.application.credential.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.application.credential.Renewal;
import org.mentorcred.application.credential.mapping.RenewalRequest.PduActivity;
import org.mentorcred.application.credential.mapping.RenewalRequest.SupervisionSession;

@Schema(description = "A renewal: what the holder reported for the validity period, and the decision")
public record RenewalView(
        UUID id,
        @Schema(examples = "MC-CPM-2026-000123") String credentialNumber,
        Renewal.Status status,
        @Schema(description = "The validity period the evidence was judged against") Instant periodStart,
        Instant periodEnd,
        @Schema(examples = "42.50") BigDecimal totalPdus,
        List<PduActivity> activities,
        List<SupervisionSession> supervisionSessions,
        String statement,
        Instant submittedAt,
        String submittedBy,
        Instant decidedAt,
        String decidedBy,
        String decisionReason,
        Instant previousExpiresAt,
        Instant newExpiresAt,
        @Schema(examples = "0") long version) {
}
