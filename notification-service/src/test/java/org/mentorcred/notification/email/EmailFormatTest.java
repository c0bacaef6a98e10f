package org.mentorcred.notification.email;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmailFormatTest {

    private static final Labels LABELS = Labels.load(new Languages(List.of("en", "fr"), "en"));
    private static final EmailFormat EN = new EmailFormat("en", LABELS);
    private static final EmailFormat FR = new EmailFormat("fr", LABELS);

    @ParameterizedTest(name = "{0} {1} in {2}: {3}")
    @CsvSource({
            "170.00,  USD, en, USD 170.00",
            "170.00,  USD, fr, '170,00 USD'",
            "31,      USD, en, USD 31.00",
            "0.5,     USD, en, USD 0.50",
            "99.999,  USD, en, USD 100.00"})
    void moneyHasTwoDecimalsAndTheCurrencyWhereTheLanguagePutsIt(String amount, String currency, String language,
            String expected) {
        assertEquals(expected, format(language).money(new BigDecimal(amount), currency));
    }

    @Test
    void datesAndTimesAreSpelledOutInTheLanguageAndTimesSayUtc() {
        assertEquals("20 December 2026", EN.date(LocalDate.of(2026, 12, 20)));
        assertEquals("20 décembre 2026", FR.date(LocalDate.of(2026, 12, 20)));
        Instant instant = Instant.parse("2027-03-15T09:00:00Z");
        assertEquals("15 March 2027 at 09:00 UTC", EN.dateTime(instant));
        assertEquals("15 mars 2027 à 09:00 UTC", FR.dateTime(instant));
        // Late in the evening UTC is still that UTC day.
        assertEquals("1 January 2027", EN.day(Instant.parse("2027-01-01T23:59:59Z")));
        // French writes the first of the month "1er".
        assertEquals("1er juin 2027", FR.date(LocalDate.of(2027, 6, 1)));
        assertEquals("1er juin 2027 à 08:30 UTC", FR.dateTime(Instant.parse("2027-06-01T08:30:00Z")));
        assertEquals("2 juin 2027", FR.date(LocalDate.of(2027, 6, 2)));
    }

    @Test
    void numbersShowUpToTwoDecimals() {
        assertEquals("72.5", EN.number(new BigDecimal("72.50")));
        assertEquals("72,5", FR.number(new BigDecimal("72.5")));
        assertEquals("70", EN.number(new BigDecimal("70")));
    }

    @Test
    void codesBecomeNamesAndUnknownCodesShowAsTheyAre() {
        assertEquals("IPMA Level 2 Professional Mentor", EN.programme("IPMA_PM"));
        assertEquals("IPMA niveau 2 – Professional Mentor", FR.programme("IPMA_PM"));
        assertEquals("Tacit knowledge management", EN.topic("TACIT_KNOWLEDGE_MANAGEMENT"));
        assertEquals("IPMA_GRANDMASTER", EN.programme("IPMA_GRANDMASTER"));
        assertEquals("United Kingdom", EN.country("GB"));
        assertEquals("Royaume-Uni", FR.country("GB"));
        assertEquals("not a country", EN.country("not a country"));
    }

    @Test
    void aSubjectIsOneLine() {
        assertEquals("Eve Bcc: x@example.org named you", EmailRenderer.oneLine("Eve\r\nBcc: x@example.org\tnamed  you\n"));
        assertEquals(250, EmailRenderer.oneLine("x".repeat(400)).length());
    }

    private static EmailFormat format(String language) {
        return "fr".equals(language) ? FR : EN;
    }
}
