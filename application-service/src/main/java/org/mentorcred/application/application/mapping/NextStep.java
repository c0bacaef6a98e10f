package org.mentorcred.application.application.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What the applicant must do next (or wait for), in words and as a code a front end can act on")
public record NextStep(
        @Schema(description = "COMPLETE_AND_SUBMIT, AWAIT_ELIGIBILITY, AWAIT_INVOICE, PAY_INVOICE, AWAIT_PROCESSING, "
                + "COMPLETE_TRAINING, BOOK_EXAM, SIT_EXAM, AWAIT_RETAKE, AWAIT_REVIEW, ANSWER_INFORMATION_REQUEST or NONE",
                examples = "PAY_INVOICE") String code,
        @Schema(examples = "Pay invoice INV-2026-000123 (USD 170.00) by 2026-12-20") String text) {
}
