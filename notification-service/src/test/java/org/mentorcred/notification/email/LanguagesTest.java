package org.mentorcred.notification.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    private final Languages languages = new Languages(List.of("en", "fr"), "en");

    @ParameterizedTest(name = "\"{0}\" is written in {1}")
    @CsvSource(nullValues = "NULL", value = {
            "fr,        fr",
            "fr-CA,     fr",
            "fr-FR,     fr",
            "FR,        fr",
            "fr_BE,     fr",
            "en,        en",
            "en-GB,     en",
            "de,        en",
            "de-DE,     en",
            "zh-Hant-TW, en",
            "'',        en",
            "NULL,      en",
            "'  ',      en",
            "not a tag, en",
            "x-klingon, en"})
    void picksThePrimaryLanguageIfItHasTemplatesElseTheDefault(String preferred, String expected) {
        assertEquals(expected, languages.resolve(preferred));
    }

    @Test
    void theDefaultMustBeASupportedLanguage() {
        assertThrows(IllegalArgumentException.class, () -> new Languages(List.of("fr"), "en"));
    }
}
