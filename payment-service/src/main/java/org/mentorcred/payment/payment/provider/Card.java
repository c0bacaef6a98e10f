package org.mentorcred.payment.payment.provider;

/**
 * Card details on their way to the provider. They live only in memory for the length of the request:
 * never stored, never logged (toString shows brand and last four digits only).
 */
public record Card(String number, int expMonth, int expYear, String cvc, String holderName) {

    public String last4() {
        return number.substring(number.length() - 4);
    }

    public String brand() {
        return CardNumbers.brand(number);
    }

    @Override
    public String toString() {
        return "Card[" + brand() + " ****" + last4() + "]";
    }
}
