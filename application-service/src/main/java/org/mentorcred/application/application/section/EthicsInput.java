package org.mentorcred.application.application.section;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Acceptance of the code of ethics and conduct; the time of acceptance is recorded by the service")
public record EthicsInput(
        @NotNull @AssertTrue(message = "must be true: the code has to be accepted") Boolean accepted,
        @NotBlank @Size(max = 40) @Schema(description = "Version of the code accepted", examples = "2024-01") String codeVersion) {
}
