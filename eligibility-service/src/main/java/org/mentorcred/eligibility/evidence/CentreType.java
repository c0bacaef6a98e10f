package org.mentorcred.eligibility.evidence;

/** The kind of centre that delivered a training. */
public enum CentreType {
    ACCREDITED("accredited"),
    ENDORSED("endorsed"),
    NON_ACCREDITED("non-accredited"),
    QTSP("qualified training service provider (QTSP)");

    private final String words;

    CentreType(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
