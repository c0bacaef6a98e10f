package org.mentorcred.payment.payment.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardNumbersTest {

    @ParameterizedTest(name = "{0}: valid={1}, brand={2}")
    @CsvSource({
            "4242424242424242, true,  visa",
            "4242424242424241, false, visa",
            "4000000000003220, true,  visa",
            "5555555555554444, true,  mastercard",
            "2223003122003222, true,  mastercard",
            "378282246310005,  true,  amex",
            "6011111111111117, true,  discover",
            "1234567812345678, false, unknown" })
    void checksTheLuhnDigitAndTellsTheBrand(String number, boolean valid, String brand) {
        assertEquals(valid, CardNumbers.isValid(number));
        assertEquals(brand, CardNumbers.brand(number));
    }

    @Test
    void refusesWhatIsNotTwelveToNineteenDigits() {
        assertFalse(CardNumbers.isValid("42424242424"));
        assertFalse(CardNumbers.isValid("4242 4242 4242 4242"));
        assertFalse(CardNumbers.isValid(null));
    }

    @Test
    void aCardNeverPrintsItsNumber() {
        Card card = new Card("4242424242424242", 12, 2030, "123", "Amara Okafor");
        assertEquals("Card[visa ****4242]", card.toString());
    }
}
