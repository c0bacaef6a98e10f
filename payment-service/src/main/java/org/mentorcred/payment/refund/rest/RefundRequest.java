package org.mentorcred.payment.refund.rest;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RefundRequest", description = "Refund all or part of a payment")
public record RefundRequest(
        @DecimalMin(value = "0.01", message = "must be at least 0.01")
        @Digits(integer = 10, fraction = 2, message = "must be an amount with at most two decimals")
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                description = "Amount to refund (two decimals); default: all that has not been refunded yet",
                examples = "50.00") BigDecimal amount,
        @NotBlank @Size(max = 500) @Schema(required = true, examples = "Exam fee charged twice") String reason) {
}
