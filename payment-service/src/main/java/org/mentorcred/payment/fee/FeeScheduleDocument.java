package org.mentorcred.payment.fee;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fee schedule version as written in {@code src/main/resources/fees/*.json}. Amounts are strings with
 * two decimals (never floating point). {@link #validate()} lists every mistake, so a bad resource stops the
 * service at start with a readable message instead of mispricing invoices.
 */
public record FeeScheduleDocument(Integer version, LocalDate effectiveFrom, String currency, String note,
        Map<String, ProgrammeEntry> programmes, PriceEntry permanentUpgrade) {

    public static final List<String> CURRENCIES = List.of("USD");

    public record PriceEntry(String member, String nonMember) {
    }

    public record ProgrammeEntry(String name, PriceEntry accreditation, String exam) {
    }

    /** Every problem of the document, empty if it can be used. */
    public List<String> validate() {
        List<String> errors = new ArrayList<>();
        if (version == null || version < 1) {
            errors.add("version must be a whole number from 1");
        }
        if (effectiveFrom == null) {
            errors.add("effectiveFrom is required (YYYY-MM-DD)");
        }
        if (currency == null || !CURRENCIES.contains(currency)) {
            errors.add("currency must be one of " + CURRENCIES);
        }
        Map<String, ProgrammeEntry> entries = programmes == null ? Map.of() : programmes;
        for (Programme programme : Programme.values()) {
            if (!entries.containsKey(programme.name())) {
                errors.add("programmes." + programme + " is missing");
            }
        }
        entries.forEach((code, entry) -> {
            String at = "programmes." + code;
            if (!isProgramme(code)) {
                errors.add(at + " is not a programme");
            }
            if (entry == null) {
                errors.add(at + " is empty");
                return;
            }
            if (entry.name() == null || entry.name().isBlank()) {
                errors.add(at + ".name is required");
            }
            if (entry.accreditation() == null) {
                errors.add(at + ".accreditation is required");
            } else {
                checkAmount(errors, at + ".accreditation.member", entry.accreditation().member(), true);
                checkAmount(errors, at + ".accreditation.nonMember", entry.accreditation().nonMember(), true);
            }
            checkAmount(errors, at + ".exam", entry.exam(), false);
        });
        if (permanentUpgrade == null) {
            errors.add("permanentUpgrade is required");
        } else {
            checkAmount(errors, "permanentUpgrade.member", permanentUpgrade.member(), false);
            checkAmount(errors, "permanentUpgrade.nonMember", permanentUpgrade.nonMember(), false);
        }
        return errors;
    }

    /** The validated document as a fee table; call {@link #validate()} first. */
    public FeeTable toTable() {
        Map<Programme, FeeTable.ProgrammeFees> fees = new EnumMap<>(Programme.class);
        programmes.forEach((code, entry) -> fees.put(Programme.valueOf(code), new FeeTable.ProgrammeFees(entry.name(),
                new FeeTable.Price(amount(entry.accreditation().member()), amount(entry.accreditation().nonMember())),
                amount(entry.exam()))));
        return new FeeTable(version, effectiveFrom, currency, note, fees,
                new FeeTable.Price(amount(permanentUpgrade.member()), amount(permanentUpgrade.nonMember())));
    }

    /**
     * SHA-256 over the content that prices invoices, in a fixed order: what makes two copies of a version
     * "the same version".
     */
    public static String fingerprint(FeeTable table) {
        StringBuilder canonical = new StringBuilder()
                .append(table.version()).append('|').append(table.effectiveFrom()).append('|').append(table.currency())
                .append('|').append(text(table.permanentUpgrade().member())).append('|')
                .append(text(table.permanentUpgrade().nonMember()));
        new TreeMap<>(table.programmes()).forEach((programme, fees) -> canonical.append('|').append(programme)
                .append(':').append(fees.name()).append(':').append(text(fees.accreditation().member()))
                .append(':').append(text(fees.accreditation().nonMember())).append(':').append(text(fees.exam())));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(BigDecimal amount) {
        return amount == null ? "-" : amount.setScale(2).toPlainString();
    }

    private static BigDecimal amount(String text) {
        return text == null ? null : new BigDecimal(text).setScale(2);
    }

    private static boolean isProgramme(String code) {
        for (Programme p : Programme.values()) {
            if (p.name().equals(code)) {
                return true;
            }
        }
        return false;
    }

    private static void checkAmount(List<String> errors, String field, String value, boolean required) {
        if (value == null) {
            if (required) {
                errors.add(field + " is required");
            }
            return;
        }
        if (!value.matches("\\d{1,10}\\.\\d{2}")) {
            errors.add(field + " must be an amount with two decimals, such as \"139.00\" (got \"" + value + "\")");
        }
    }
}
