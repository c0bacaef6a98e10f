package org.mentorcred.eligibility.rules.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** How amounts, counts and spans are written in requirements and explanations. */
public final class Words {

    private Words() {
    }

    /** {@code 35}, {@code 34.9}: no trailing zeros, no exponent. */
    public static String number(BigDecimal value) {
        return plain(value).toPlainString();
    }

    /** The same amount without trailing zeros, so 35, 35.0 and 35.00 are one value. */
    public static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** {@code 1,000}. */
    public static String thousands(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** "one more reference", "2 more completed engagements". */
    public static String more(long missing, String singular, String plural) {
        return missing == 1 ? "one more " + singular : missing + " more " + plural;
    }

    /** "1 more service hour", "12.5 more service hours". */
    public static String more(BigDecimal missing, String singular, String plural) {
        return number(missing) + " more " + (plain(missing).compareTo(BigDecimal.ONE) == 0 ? singular : plural);
    }

    /** "1 engagement", "3 engagements". */
    public static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** "a, b or c". */
    public static String either(List<String> words) {
        if (words.size() <= 1) {
            return words.isEmpty() ? "" : words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    /** "a, b and c". */
    public static String all(List<String> words) {
        if (words.size() <= 1) {
            return words.isEmpty() ? "" : words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    /** The span from {@code from} to {@code to} in whole years and days: "2 years 364 days", "1 year", "0 days". */
    public static String span(LocalDate from, LocalDate to) {
        long years = ChronoUnit.YEARS.between(from, to);
        long days = ChronoUnit.DAYS.between(from.plusYears(years), to);
        if (years == 0) {
            return count(days, "day", "days");
        }
        return days == 0 ? count(years, "year", "years") : count(years, "year", "years") + " " + count(days, "day", "days");
    }
}
