package org.mentorcred.application.review.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.application.evidence.RefereeRole;
import org.mentorcred.application.review.ReferenceCheck;

@Schema(description = "The check of one reference, as the reviewer sees it")
public record ReferenceCheckView(
        UUID id,
        UUID referenceId,
        UUID engagementId,
        @Schema(examples = "Jonas Berg") String refereeName,
        String refereeEmail,
        RefereeRole refereeRole,
        String menteeName,
        LocalDate engagementStartDate,
        LocalDate engagementEndDate,
        BigDecimal engagementHours,
        @Schema(description = "REQUESTED (link sent), MANUAL (to check by hand), CONFIRMED or DENIED") ReferenceCheck.Status status,
        @Schema(description = "How the answer came: LINK, PHONE or EMAIL") ReferenceCheck.Method method,
        String comment,
        Instant requestedAt,
        @Schema(description = "When the link stops working (REQUESTED only)") Instant expiresAt,
        @Schema(description = "The link expired unanswered: check by hand") boolean linkExpired,
        Instant respondedAt,
        @Schema(description = "The reviewer who recorded a check by hand, or referee") String recordedBy) {

    public static ReferenceCheckView of(ReferenceCheck c, Instant now) {
        boolean expired = c.status == ReferenceCheck.Status.REQUESTED && c.expiresAt != null && !now.isBefore(c.expiresAt);
        return new ReferenceCheckView(c.id, c.referenceId, c.engagementId, c.refereeName, c.refereeEmail, c.refereeRole,
                c.menteeName, c.engagementStart, c.engagementEnd, c.engagementHours, c.status, c.method, c.comment,
                c.requestedAt, c.expiresAt, expired, c.respondedAt, c.recordedBy);
    }
}
