package org.mentorcred.application.evidence;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything an applicant gave for an application, in the shape of {@code ApplicationSubmitted.evidence}
 * (its JSON Schema is the contract): the API shows a draft's evidence in this shape and the event carries it,
 * so the mapping from the database lives in one place ({@link EvidenceMapper}).
 */
@Schema(description = "The application's evidence, section by section; empty lists and nulls are sections not yet given")
public record Evidence(
        @Schema(description = "Declared trainings and matched partner completion records") List<TrainingEvidence> trainings,
        List<EngagementEvidence> engagements,
        SupervisionEvidence supervision,
        EducationEvidence education,
        ExperienceEvidence experience,
        List<CredentialHeldEvidence> credentialsHeld,
        EthicsEvidence ethics,
        ContributionEvidence contribution) {
}
