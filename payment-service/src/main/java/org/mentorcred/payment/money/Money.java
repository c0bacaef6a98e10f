package org.mentorcred.payment.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money is {@link BigDecimal} with two decimals, written as a string ("139.00") in events and responses. */
public final class Money {

    public static final int SCALE = 2;

    private Money() {
    }

    /** {@code amount} with two decimals; an amount with more precision is a bug, not something to round. */
    public static BigDecimal of(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    public static BigDecimal parse(String amount) {
        return of(new BigDecimal(amount));
    }

    public static String format(BigDecimal amount) {
        return of(amount).toPlainString();
    }
}
