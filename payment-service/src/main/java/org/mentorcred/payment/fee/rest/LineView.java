package org.mentorcred.payment.fee.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.payment.fee.FeeLine;
import org.mentorcred.payment.money.Money;

@Schema(name = "Line", description = "A priced line of a quote or an invoice")
public record LineView(
        @Schema(examples = "ACCREDITATION_FEE") String code,
        @Schema(examples = "Level 2 Professional Mentor accreditation, member price") String description,
        @Schema(examples = "139.00") String amount) {

    public static LineView of(FeeLine line) {
        return new LineView(line.code(), line.description(), Money.format(line.amount()));
    }
}
