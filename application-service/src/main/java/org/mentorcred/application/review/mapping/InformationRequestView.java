package org.mentorcred.application.review.mapping;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.application.review.InformationRequest;

@Schema(description = "A reviewer's question to the applicant and the answer")
public record InformationRequestView(
        UUID id,
        UUID applicationId,
        @Schema(examples = "Please upload the letter of your second reference.") String question,
        String askedBy,
        Instant askedAt,
        @Schema(description = "Null until answered") String answer,
        String answeredBy,
        Instant answeredAt,
        @Schema(description = "Not answered yet") boolean open) {

    public static InformationRequestView of(InformationRequest r) {
        return new InformationRequestView(r.id, r.applicationId, r.question, r.askedBy, r.askedAt, r.answer,
                r.answeredBy, r.answeredAt, r.open());
    }
}
