package org.mentorcred.application.programme;

/** The credentials one can apply for (DOMAIN.md); what each requires is data, in the programme catalogue. */
public enum ProgrammeCode {
    IMC_CPM, IPMA_AM, IPMA_PM, IPMA_SM, IPMA_MM, IPMA_SM_FAST_TRACK;

    /** Whether, at submission, the nearest active QTSP is assigned to deliver the training. */
    public boolean assignsTrainingProvider() {
        return this == IPMA_SM_FAST_TRACK;
    }
}
