package org.mentorcred.payment.fee.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.payment.fee.Programme;
import org.mentorcred.payment.fee.service.FeeScheduleService;
import org.mentorcred.payment.money.Money;

@Schema(name = "Quote", description = "The lines and total of an accreditation under the schedule in force")
public record QuoteView(
        @Schema(examples = "1") int feeScheduleVersion,
        @Schema(examples = "USD") String currency,
        @Schema(examples = "IPMA_PM") Programme programme,
        @Schema(examples = "true") boolean member,
        List<LineView> lines,
        @Schema(examples = "170.00") String total) {

    public static QuoteView of(Programme programme, boolean member, FeeScheduleService.Quote quote) {
        return new QuoteView(quote.table().version(), quote.table().currency(), programme, member,
                quote.lines().stream().map(LineView::of).toList(), Money.format(quote.total()));
    }
}
