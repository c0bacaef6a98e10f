package org.mentorcred.eligibility.rules;

/** The credential programmes an applicant can apply for; each has its own versioned rule set. */
public enum Programme {
    IMC_CPM,
    IPMA_AM,
    IPMA_PM,
    IPMA_SM,
    IPMA_MM,
    IPMA_SM_FAST_TRACK
}
