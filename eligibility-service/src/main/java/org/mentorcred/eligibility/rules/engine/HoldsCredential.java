package org.mentorcred.eligibility.rules.engine;

import java.util.List;

import org.mentorcred.eligibility.evidence.CredentialHeld;

/**
 * {@code CREDENTIAL_HELD}: holds a credential, from an international body if {@code internationalBody}, with a
 * proof document if {@code proofRequired}.
 */
public record HoldsCredential(String code, String description, boolean internationalBody, boolean proofRequired)
        implements Requirement {

    @Override
    public RequirementOutcome evaluate(EvidenceFacts facts) {
        String what = internationalBody ? "accreditation from an international body" : "mentoring or coaching credential";
        String required = what + (proofRequired ? " with proof" : "");
        List<CredentialHeld> held = facts.evidence().credentialsHeld();
        for (CredentialHeld credential : held) {
            if ((!internationalBody || credential.internationalBody()) && (!proofRequired || credential.documentId() != null)) {
                return RequirementOutcome.met(this, required, credential.body() + " " + credential.credential());
            }
        }
        String actual = held.isEmpty() ? "none" : Words.count(held.size(), "credential", "credentials") + ", none that counts";
        String explanation = (internationalBody ? "an accreditation from an international body (for example IPMA, EMCC or ICF)"
                : "a mentoring or coaching credential from another organisation")
                + (proofRequired ? ", with its proof uploaded" : "");
        return RequirementOutcome.unmet(this, required, actual, explanation);
    }
}
