package org.mentorcred.notification.email;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.IllformedLocaleException;
import java.util.Locale;

import io.quarkus.qute.TemplateData;

/**
 * What templates use to write values in the recipient's language: dates, amounts, and the names of
 * programmes, levels, exam topics and other codes. Times are shown in UTC and say so: the events do not
 * carry the time zone of a testing centre.
 */
@TemplateData
public final class EmailFormat {

    private final String language;
    private final Locale locale;
    private final Labels labels;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter firstOfMonth;
    private final DateTimeFormatter dateTimeFirstOfMonth;

    public EmailFormat(String language, Labels labels) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        this.labels = labels;
        this.date = pattern("format.date");
        this.firstOfMonth = pattern("format.date.first-of-month");
        this.dateTime = pattern("format.date-time").withZone(ZoneOffset.UTC);
        this.dateTimeFirstOfMonth = pattern("format.date-time.first-of-month").withZone(ZoneOffset.UTC);
    }

    public String date(LocalDate value) {
        return value == null ? "" : (value.getDayOfMonth() == 1 ? firstOfMonth : date).format(value);
    }

    /** The UTC calendar day of an instant. */
    public String day(Instant value) {
        return value == null ? "" : date(value.atOffset(ZoneOffset.UTC).toLocalDate());
    }

    public String dateTime(Instant value) {
        if (value == null) {
            return "";
        }
        boolean first = value.atOffset(ZoneOffset.UTC).getDayOfMonth() == 1;
        return (first ? dateTimeFirstOfMonth : dateTime).format(value);
    }

    /** An amount with two decimals and its ISO currency code, in the order the language writes them. */
    public String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return labels.get(language, "format.money")
                .replace("{amount}", format.format(amount))
                .replace("{currency}", currency == null ? "" : currency);
    }

    /** A score or a distance: up to two decimals, none when whole. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A country's name from its ISO 3166-1 code. */
    public String country(String isoCode) {
        if (isoCode == null || isoCode.isBlank()) {
            return "";
        }
        try {
            String name = new Locale.Builder().setRegion(isoCode.trim()).build().getDisplayCountry(locale);
            return name.isBlank() ? isoCode : name;
        } catch (IllformedLocaleException e) {
            return isoCode;
        }
    }

    public String programme(String code) {
        return label("programme." + code, code);
    }

    public String level(String code) {
        return label("level." + code, code);
    }

    public String topic(String code) {
        return label("topic." + code, code);
    }

    public String refereeRole(String code) {
        return label("referee-role." + code, code);
    }

    public String cancellation(String reason) {
        return label("cancellation." + reason, reason);
    }

    private DateTimeFormatter pattern(String key) {
        return DateTimeFormatter.ofPattern(labels.get(language, key), locale);
    }

    /** A code the labels do not know is shown as it is rather than hidden: events may gain new values. */
    private String label(String key, String fallback) {
        String value = labels.get(language, key);
        return value != null ? value : fallback == null ? "" : fallback;
    }
}
