package org.mentorcred.payment.payment.provider;

/** What can be told from a card number without a provider: whether it is well formed, and its brand. */
public final class CardNumbers {

    private CardNumbers() {
    }

    /** 12 to 19 digits passing the Luhn check. */
    public static boolean isValid(String number) {
        if (number == null || !number.matches("\\d{12,19}")) {
            return false;
        }
        int sum = 0;
        boolean doubled = false;
        for (int i = number.length() - 1; i >= 0; i--) {
            int digit = number.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    public static String brand(String number) {
        if (number.startsWith("4")) {
            return "visa";
        }
        if (number.startsWith("34") || number.startsWith("37")) {
            return "amex";
        }
        int two = Integer.parseInt(number.substring(0, 2));
        int four = Integer.parseInt(number.substring(0, 4));
        if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
            return "mastercard";
        }
        if (number.startsWith("6011") || number.startsWith("65")) {
            return "discover";
        }
        return "unknown";
    }
}
