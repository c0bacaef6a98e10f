package org.mentorcred.payment.fee.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.payment.fee.FeeTable;
import org.mentorcred.payment.fee.Programme;
import org.mentorcred.payment.money.Money;

@Schema(name = "FeeSchedule", description = "A version of the fee schedule; amounts are strings with two decimals")
public record FeeScheduleView(
        @Schema(examples = "1") int version,
        @Schema(examples = "2024-01-01") LocalDate effectiveFrom,
        @Schema(examples = "USD") String currency,
        String note,
        List<ProgrammeFeesView> programmes,
        @Schema(description = "Permanent status (IPMA); a null price is not offered to that group") PriceView permanentUpgrade) {

    @Schema(name = "ProgrammeFees")
    public record ProgrammeFeesView(
            @Schema(examples = "IPMA_PM") Programme programme,
            @Schema(examples = "Level 2 Professional Mentor") String name,
            PriceView accreditation,
            @Schema(description = "Exam fee; null when the programme has no exam", examples = "31.00") String examFee) {
    }

    @Schema(name = "Price")
    public record PriceView(
            @Schema(examples = "139.00") String member,
            @Schema(examples = "399.00") String nonMember) {
    }

    public static FeeScheduleView of(FeeTable table) {
        return new FeeScheduleView(table.version(), table.effectiveFrom(), table.currency(), table.note(),
                table.programmes().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(e -> new ProgrammeFeesView(e.getKey(), e.getValue().name(),
                                price(e.getValue().accreditation()), text(e.getValue().exam())))
                        .toList(),
                price(table.permanentUpgrade()));
    }

    private static PriceView price(FeeTable.Price price) {
        return new PriceView(text(price.member()), text(price.nonMember()));
    }

    private static String text(BigDecimal amount) {
        return amount == null ? null : Money.format(amount);
    }
}
