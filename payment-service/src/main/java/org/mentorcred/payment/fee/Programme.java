package org.mentorcred.payment.fee;

/** The credential programmes of DOMAIN.md; their names and prices live in the fee schedule. */
public enum Programme {
    IMC_CPM,
    IPMA_AM,
    IPMA_PM,
    IPMA_SM,
    IPMA_MM,
    IPMA_SM_FAST_TRACK
}
