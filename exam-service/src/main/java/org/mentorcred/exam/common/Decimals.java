package org.mentorcred.exam.common;

import java.math.BigDecimal;

/** Decimal presentation: no trailing zeros beyond {@code minScale}, never exponent notation. */
public final class Decimals {

    private Decimals() {
    }

    public static BigDecimal trimmed(BigDecimal value, int minScale) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < minScale ? stripped.setScale(minScale) : stripped;
    }
}
