package org.mentorcred.payment.fee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mentorcred.payment.money.Money;

/**
 * One version of the fee schedule, immutable, and the pricing it implies: which lines an accreditation
 * or a permanent-status upgrade costs for a member or a non-member. No price is written in code.
 */
public record FeeTable(int version, LocalDate effectiveFrom, String currency, String note,
        Map<Programme, ProgrammeFees> programmes, Price permanentUpgrade) {

    /** A price for members and one for non-members; null means "not sold" to that group. */
    public record Price(BigDecimal member, BigDecimal nonMember) {

        public Optional<BigDecimal> forMember(boolean isMember) {
            return Optional.ofNullable(isMember ? member : nonMember);
        }
    }

    /** A programme's display name, accreditation price and exam fee (null: no exam). */
    public record ProgrammeFees(String name, Price accreditation, BigDecimal exam) {
    }

    public FeeTable {
        programmes = Map.copyOf(new EnumMap<>(programmes));
    }

    public ProgrammeFees fees(Programme programme) {
        ProgrammeFees fees = programmes.get(programme);
        if (fees == null) {
            throw new IllegalStateException("Fee schedule version " + version + " has no fees for " + programme);
        }
        return fees;
    }

    /** The accreditation fee at the member or non-member price, plus the exam fee where the programme has one. */
    public List<FeeLine> accreditation(Programme programme, boolean member) {
        ProgrammeFees fees = fees(programme);
        List<FeeLine> lines = new ArrayList<>();
        BigDecimal price = fees.accreditation().forMember(member).orElseThrow(() -> new IllegalStateException(
                programme + " has no " + (member ? "member" : "non-member") + " price in version " + version));
        lines.add(new FeeLine(FeeLine.ACCREDITATION_FEE,
                fees.name() + " accreditation, " + (member ? "member" : "non-member") + " price", Money.of(price)));
        if (fees.exam() != null) {
            lines.add(new FeeLine(FeeLine.EXAM_FEE, fees.name() + " exam", Money.of(fees.exam())));
        }
        return List.copyOf(lines);
    }

    /** The permanent-status upgrade of {@code credentialNumber}, or empty where the group is not offered it. */
    public Optional<List<FeeLine>> permanentUpgrade(boolean member, String credentialNumber) {
        return permanentUpgrade.forMember(member).map(price -> List.of(new FeeLine(FeeLine.PERMANENT_UPGRADE,
                "Permanent status for credential " + credentialNumber, Money.of(price))));
    }

    public static BigDecimal total(List<FeeLine> lines) {
        return Money.of(lines.stream().map(FeeLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
