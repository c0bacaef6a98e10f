package org.mentorcred.exam.booking.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Move a booking to another session")
public record RescheduleRequest(
        @Schema(description = "The session to move to", examples = "8a9b0c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d") @NotNull UUID sessionId) {
}
