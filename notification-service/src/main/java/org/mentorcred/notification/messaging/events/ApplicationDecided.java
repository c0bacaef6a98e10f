package org.mentorcred.notification.messaging.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** {@code org.mentorcred.application.ApplicationDecided.v1}: a reviewer approved or rejected the application. */
public record ApplicationDecided(
        @NotNull UUID applicationId,
        @NotBlank String programme,
        @NotNull @Valid Person applicant,
        @NotBlank String decision,
        List<String> reasons,
        @NotNull Instant decidedAt) {

    public boolean approved() {
        return "APPROVED".equals(decision);
    }

    public List<String> reasonList() {
        return reasons == null ? List.of() : reasons;
    }
}
