package org.mentorcred.exam.booking.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Book a seat at a session")
public record BookRequest(
        @Schema(examples = "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9") @NotNull UUID sessionId,
        @Schema(description = "Which of your authorisations to use; needed only if you hold several that the session "
                + "admits (e.g. two levels and a session open to all levels)", nullable = true) UUID authorizationId) {
}
