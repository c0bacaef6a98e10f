package org.mentorcred.payment.fee;

import java.math.BigDecimal;

/** One priced line of a quote or invoice. */
public record FeeLine(String code, String description, BigDecimal amount) {

    public static final String ACCREDITATION_FEE = "ACCREDITATION_FEE";
    public static final String EXAM_FEE = "EXAM_FEE";
    public static final String PERMANENT_UPGRADE = "PERMANENT_UPGRADE";
}
