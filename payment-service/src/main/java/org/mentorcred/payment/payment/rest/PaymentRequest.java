package org.mentorcred.payment.payment.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PaymentRequest", description = "Pay an invoice in full by card")
public record PaymentRequest(
        @Size(max = 40) @Schema(description = "Payment provider; default the configured one (sandbox locally)",
                examples = "sandbox") String provider,
        @NotNull @Valid @Schema(required = true) CardInput card) {

    /** Card details: used for the charge, never stored or logged (only brand and last four digits are kept). */
    @Schema(name = "Card", description = "Sandbox test cards: 4242424242424242 succeeds, 4000000000000002 is declined, "
            + "4000000000009995 is declined for insufficient funds, 4000000000003220 needs confirmation (pending, "
            + "then a webhook)")
    public record CardInput(
            @NotBlank @Pattern(regexp = "\\d{12,19}", message = "must be 12 to 19 digits")
            @Schema(required = true, examples = "4242424242424242") String number,
            @NotNull @Min(1) @Max(12) @Schema(required = true, examples = "12") Integer expMonth,
            @NotNull @Min(2000) @Max(2200) @Schema(required = true, examples = "2030") Integer expYear,
            @NotBlank @Pattern(regexp = "\\d{3,4}", message = "must be 3 or 4 digits")
            @Schema(required = true, examples = "123") String cvc,
            @Size(max = 200) @Schema(examples = "Amara Okafor") String holderName) {

        @Override
        public String toString() {
            return "CardInput[masked]";
        }
    }
}
