package org.mentorcred.notification.email;

import java.util.Arrays;
import java.util.Optional;

import org.mentorcred.notification.messaging.events.ApplicationDecided;
import org.mentorcred.notification.messaging.events.ApplicationSubmitted;
import org.mentorcred.notification.messaging.events.ApplicationWithdrawn;
import org.mentorcred.notification.messaging.events.CredentialExpiring;
import org.mentorcred.notification.messaging.events.CredentialIssued;
import org.mentorcred.notification.messaging.events.CredentialReinstated;
import org.mentorcred.notification.messaging.events.CredentialRenewed;
import org.mentorcred.notification.messaging.events.CredentialRevoked;
import org.mentorcred.notification.messaging.events.CredentialSuspended;
import org.mentorcred.notification.messaging.events.EligibilityDecided;
import org.mentorcred.notification.messaging.events.ExamAuthorized;
import org.mentorcred.notification.messaging.events.ExamBooked;
import org.mentorcred.notification.messaging.events.ExamBookingCancelled;
import org.mentorcred.notification.messaging.events.ExamBookingMoved;
import org.mentorcred.notification.messaging.events.ExamResultRecorded;
import org.mentorcred.notification.messaging.events.InformationRequested;
import org.mentorcred.notification.messaging.events.InvoiceIssued;
import org.mentorcred.notification.messaging.events.PaymentSucceeded;
import org.mentorcred.notification.messaging.events.ReferenceCheckRequested;
import org.mentorcred.notification.messaging.events.RefundIssued;
import org.mentorcred.notification.messaging.events.RenewalRejected;
import org.mentorcred.notification.messaging.events.TrainingProviderAssigned;

/**
 * Every email the service sends: its template name (templates/emails/{language}/{template}.html and .txt)
 * and the type of the model the template declares as {@code e}.
 */
public enum EmailKind {

    APPLICATION_SUBMITTED("application-submitted", ApplicationSubmitted.class),
    APPLICATION_WITHDRAWN("application-withdrawn", ApplicationWithdrawn.class),
    TRAINING_PROVIDER_ASSIGNED("training-provider-assigned", TrainingProviderAssigned.class),
    TRAINING_CANDIDATE_ASSIGNED("training-candidate-assigned", TrainingProviderAssigned.class),
    REFERENCE_CHECK_REQUESTED("reference-check-requested", ReferenceCheckRequested.class),
    EXAM_AUTHORIZED("exam-authorized", ExamAuthorized.class),
    INFORMATION_REQUESTED("information-requested", InformationRequested.class),
    APPLICATION_DECIDED("application-decided", ApplicationDecided.class),
    CREDENTIAL_ISSUED("credential-issued", CredentialIssued.class),
    CREDENTIAL_EXPIRING("credential-expiring", CredentialExpiring.class),
    CREDENTIAL_RENEWED("credential-renewed", CredentialRenewed.class),
    RENEWAL_REJECTED("renewal-rejected", RenewalRejected.class),
    CREDENTIAL_SUSPENDED("credential-suspended", CredentialSuspended.class),
    CREDENTIAL_REINSTATED("credential-reinstated", CredentialReinstated.class),
    CREDENTIAL_REVOKED("credential-revoked", CredentialRevoked.class),
    ELIGIBILITY_DECIDED("eligibility-decided", EligibilityDecided.class),
    INVOICE_ISSUED("invoice-issued", InvoiceIssued.class),
    PAYMENT_SUCCEEDED("payment-succeeded", PaymentSucceeded.class),
    PAYMENT_FAILED("payment-failed", PaymentFailedEmail.class),
    REFUND_ISSUED("refund-issued", RefundIssued.class),
    EXAM_BOOKED("exam-booked", ExamBooked.class),
    EXAM_BOOKING_CANCELLED("exam-booking-cancelled", ExamBookingCancelled.class),
    EXAM_BOOKING_MOVED("exam-booking-moved", ExamBookingMoved.class),
    EXAM_RESULT_RECORDED("exam-result-recorded", ExamResultRecorded.class);

    private final String template;
    private final Class<?> modelType;

    EmailKind(String template, Class<?> modelType) {
        this.template = template;
        this.modelType = modelType;
    }

    public String template() {
        return template;
    }

    public Class<?> modelType() {
        return modelType;
    }

    public static Optional<EmailKind> ofTemplate(String template) {
        return Arrays.stream(values()).filter(k -> k.template.equals(template)).findFirst();
    }
}
