package org.mentorcred.exam.calendar.rest;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why a session is cancelled")
public record CancelSessionRequest(
        @Schema(examples = "The centre is closed for renovation") @Size(max = 500) String reason) {
}
