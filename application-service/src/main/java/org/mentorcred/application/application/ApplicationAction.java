package org.mentorcred.application.application;

/** Something that moves an application from one status to another; see {@link ApplicationStateMachine}. */
public enum ApplicationAction {
    /** The applicant submits a complete draft. */
    SUBMIT,
    /** The applicant (or an admin for them) withdraws before a decision. */
    WITHDRAW,
    /** The eligibility service found the applicant eligible. */
    CONFIRM_ELIGIBILITY,
    /** The eligibility service found the applicant not eligible: a decision that closes the application. */
    DENY_ELIGIBILITY,
    /**
     * The payment service invoiced the fee. It invoices only eligible applications, so an invoice that overtakes
     * the eligibility decision (two topics, no order between them) also says the applicant is eligible.
     */
    ISSUE_INVOICE,
    /** The fee was paid (the invoice, even the eligibility decision, may not have been seen yet: topics race). */
    RECORD_PAYMENT,
    /** An IPMA applicant still has to complete the training before the exam. */
    REQUIRE_TRAINING,
    /** The applicant may book the exam (first attempt or a permitted retake). */
    AUTHORIZE_EXAM,
    BOOK_EXAM,
    /** The candidate cancelled the booking; they may book again. */
    CANCEL_EXAM_BOOKING,
    PASS_EXAM,
    FAIL_EXAM,
    /** The last permitted exam attempt was failed: the application is rejected without a review. */
    EXHAUST_EXAM_ATTEMPTS,
    /** A reviewer takes the application (CPM after payment; IPMA after a passed exam). */
    START_REVIEW,
    APPROVE,
    REJECT
}
