package org.mentorcred.notification.messaging;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.mentorcred.commons.inbox.InboundEvent;
import org.mentorcred.notification.contact.repository.InvoiceLinkRepository;
import org.mentorcred.notification.delivery.service.ApplicantErasure;
import org.mentorcred.notification.delivery.service.NotificationService;
import org.mentorcred.notification.delivery.service.NotificationService.EventRef;
import org.mentorcred.notification.email.EmailKind;
import org.mentorcred.notification.email.PaymentFailedEmail;
import org.mentorcred.notification.messaging.events.ApplicantErased;
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
import org.mentorcred.notification.messaging.events.PaymentFailed;
import org.mentorcred.notification.messaging.events.PaymentSucceeded;
import org.mentorcred.notification.messaging.events.Person;
import org.mentorcred.notification.messaging.events.ReferenceCheckRequested;
import org.mentorcred.notification.messaging.events.RefundIssued;
import org.mentorcred.notification.messaging.events.RenewalRejected;
import org.mentorcred.notification.messaging.events.TrainingProviderAssigned;

/**
 * Which event sends which email to whom. Events that name the person carry their address; events of
 * eligibility-, payment- and exam-service name only the application and reach its applicant through the
 * projection kept from ApplicationSubmitted. PermanentStatusRequested sends nothing: the invoice that
 * payment-service issues for it (InvoiceIssued, purpose PERMANENT_UPGRADE) is the email the holder needs.
 * Events of other types are not ours and are ignored.
 */
@ApplicationScoped
public class EventNotifications {

    private static final Logger LOG = Logger.getLogger(EventNotifications.class);

    private static final String APPLICATION = "org.mentorcred.application.";
    private static final String ELIGIBILITY = "org.mentorcred.eligibility.";
    private static final String PAYMENT = "org.mentorcred.payment.";
    private static final String EXAM = "org.mentorcred.exam.";

    @Inject
    NotificationService notifications;

    @Inject
    InvoiceLinkRepository invoiceLinks;

    @Inject
    ApplicantErasure erasure;

    void onApplicationEvent(InboundEvent event) {
        EventRef ref = new EventRef(event.id(), event.type());
        switch (event.type()) {
            case APPLICATION + "ApplicationSubmitted.v1" -> {
                ApplicationSubmitted e = event.dataAs(ApplicationSubmitted.class);
                notifications.learnApplicant(ref, e.applicationId(), e.applicant().name(), e.applicant().email(),
                        e.applicant().preferredLanguage(), e.programme(), true);
                toPerson(ref, EmailKind.APPLICATION_SUBMITTED, e.applicationId(), e.applicant(), e);
            }
            case APPLICATION + "ApplicantErased.v1" -> erasure.onApplicantErased(event.dataAs(ApplicantErased.class));
            case APPLICATION + "ApplicationWithdrawn.v1" -> {
                ApplicationWithdrawn e = event.dataAs(ApplicationWithdrawn.class);
                learn(ref, e.applicationId(), e.applicant(), e.programme());
                toPerson(ref, EmailKind.APPLICATION_WITHDRAWN, e.applicationId(), e.applicant(), e);
            }
            case APPLICATION + "TrainingProviderAssigned.v1" -> {
                TrainingProviderAssigned e = event.dataAs(TrainingProviderAssigned.class);
                TrainingProviderAssigned.Applicant applicant = e.applicant();
                notifications.learnApplicant(ref, e.applicationId(), applicant.name(), applicant.email(),
                        applicant.preferredLanguage(), e.programme(), false);
                notifications.send(ref, EmailKind.TRAINING_PROVIDER_ASSIGNED, e.applicationId(), applicant.name(),
                        applicant.email(), applicant.preferredLanguage(), e);
                TrainingProviderAssigned.Provider provider = e.provider();
                notifications.send(ref, EmailKind.TRAINING_CANDIDATE_ASSIGNED, e.applicationId(),
                        provider.contactName() != null ? provider.contactName() : provider.name(), provider.email(),
                        provider.preferredLanguage(), e);
            }
            case APPLICATION + "ReferenceCheckRequested.v1" -> {
                ReferenceCheckRequested e = event.dataAs(ReferenceCheckRequested.class);
                learn(ref, e.applicationId(), e.applicant(), null);
                // The referee's language is unknown; the applicant's is the best guess (they worked together).
                notifications.send(ref, EmailKind.REFERENCE_CHECK_REQUESTED, e.applicationId(), e.referee().name(),
                        e.referee().email(), e.applicant().preferredLanguage(), e);
            }
            case APPLICATION + "ExamAuthorized.v1" -> {
                ExamAuthorized e = event.dataAs(ExamAuthorized.class);
                learn(ref, e.applicationId(), e.candidate(), e.programme());
                toPerson(ref, EmailKind.EXAM_AUTHORIZED, e.applicationId(), e.candidate(), e);
            }
            case APPLICATION + "InformationRequested.v1" -> {
                InformationRequested e = event.dataAs(InformationRequested.class);
                learn(ref, e.applicationId(), e.applicant(), e.programme());
                toPerson(ref, EmailKind.INFORMATION_REQUESTED, e.applicationId(), e.applicant(), e);
            }
            case APPLICATION + "ApplicationDecided.v1" -> {
                ApplicationDecided e = event.dataAs(ApplicationDecided.class);
                learn(ref, e.applicationId(), e.applicant(), e.programme());
                toPerson(ref, EmailKind.APPLICATION_DECIDED, e.applicationId(), e.applicant(), e);
            }
            case APPLICATION + "CredentialIssued.v1" -> {
                CredentialIssued e = event.dataAs(CredentialIssued.class);
                learn(ref, e.applicationId(), e.holder(), null);
                toPerson(ref, EmailKind.CREDENTIAL_ISSUED, e.applicationId(), e.holder(), e);
            }
            case APPLICATION + "CredentialExpiring.v1" -> {
                CredentialExpiring e = event.dataAs(CredentialExpiring.class);
                learn(ref, e.applicationId(), e.holder(), null);
                toPerson(ref, EmailKind.CREDENTIAL_EXPIRING, e.applicationId(), e.holder(), e);
            }
            case APPLICATION + "CredentialRenewed.v1" -> {
                CredentialRenewed e = event.dataAs(CredentialRenewed.class);
                learn(ref, e.applicationId(), e.holder(), null);
                toPerson(ref, EmailKind.CREDENTIAL_RENEWED, e.applicationId(), e.holder(), e);
            }
            case APPLICATION + "RenewalRejected.v1" -> {
                RenewalRejected e = event.dataAs(RenewalRejected.class);
                learn(ref, e.applicationId(), e.holder(), null);
                toPerson(ref, EmailKind.RENEWAL_REJECTED, e.applicationId(), e.holder(), e);
            }
            case APPLICATION + "CredentialSuspended.v1" -> {
                CredentialSuspended e = event.dataAs(CredentialSuspended.class);
                learn(ref, e.applicationId(), e.holder(), null);
                toPerson(ref, EmailKind.CREDENTIAL_SUSPENDED, e.applicationId(), e.holder(), e);
            }
            case APPLICATION + "CredentialReinstated.v1" -> {
                CredentialReinstated e = event.dataAs(CredentialReinstated.class);
                learn(ref, e.applicationId(), e.holder(), null);
                toPerson(ref, EmailKind.CREDENTIAL_REINSTATED, e.applicationId(), e.holder(), e);
            }
            case APPLICATION + "CredentialRevoked.v1" -> {
                CredentialRevoked e = event.dataAs(CredentialRevoked.class);
                learn(ref, e.applicationId(), e.holder(), null);
                toPerson(ref, EmailKind.CREDENTIAL_REVOKED, e.applicationId(), e.holder(), e);
            }
            default -> LOG.debugf("Not an event we email about: %s", event);
        }
    }

    void onEligibilityEvent(InboundEvent event) {
        EventRef ref = new EventRef(event.id(), event.type());
        if ((ELIGIBILITY + "EligibilityDecided.v1").equals(event.type())) {
            EligibilityDecided e = event.dataAs(EligibilityDecided.class);
            notifications.sendToApplicant(ref, EmailKind.ELIGIBILITY_DECIDED, e.applicationId(), e);
        } else {
            LOG.debugf("Not an event we email about: %s", event);
        }
    }

    void onPaymentEvent(InboundEvent event) {
        EventRef ref = new EventRef(event.id(), event.type());
        switch (event.type()) {
            case PAYMENT + "InvoiceIssued.v1" -> {
                InvoiceIssued e = event.dataAs(InvoiceIssued.class);
                invoiceLinks.save(e.invoiceId(), e.applicationId(), e.paymentUrl());
                notifications.sendToApplicant(ref, EmailKind.INVOICE_ISSUED, e.applicationId(), e);
            }
            case PAYMENT + "PaymentSucceeded.v1" -> {
                PaymentSucceeded e = event.dataAs(PaymentSucceeded.class);
                notifications.sendToApplicant(ref, EmailKind.PAYMENT_SUCCEEDED, e.applicationId(), e);
            }
            case PAYMENT + "PaymentFailed.v1" -> {
                PaymentFailed e = event.dataAs(PaymentFailed.class);
                notifications.sendToApplicant(ref, EmailKind.PAYMENT_FAILED, e.applicationId(),
                        new PaymentFailedEmail(e, invoiceLinks.paymentUrl(e.invoiceId()).orElse(null)));
            }
            case PAYMENT + "RefundIssued.v1" -> {
                RefundIssued e = event.dataAs(RefundIssued.class);
                notifications.sendToApplicant(ref, EmailKind.REFUND_ISSUED, e.applicationId(), e);
            }
            default -> LOG.debugf("Not an event we email about: %s", event);
        }
    }

    void onExamEvent(InboundEvent event) {
        EventRef ref = new EventRef(event.id(), event.type());
        switch (event.type()) {
            case EXAM + "ExamBooked.v1" -> {
                ExamBooked e = event.dataAs(ExamBooked.class);
                notifications.sendToApplicant(ref, EmailKind.EXAM_BOOKED, e.applicationId(), e);
            }
            case EXAM + "ExamBookingCancelled.v1" -> {
                ExamBookingCancelled e = event.dataAs(ExamBookingCancelled.class);
                if (e.partOfReschedule()) {
                    LOG.debugf("%s is half of a reschedule; the new booking's email covers it", event);
                } else {
                    notifications.sendToApplicant(ref, EmailKind.EXAM_BOOKING_CANCELLED, e.applicationId(), e);
                }
            }
            case EXAM + "ExamBookingMoved.v1" -> {
                ExamBookingMoved e = event.dataAs(ExamBookingMoved.class);
                notifications.sendToApplicant(ref, EmailKind.EXAM_BOOKING_MOVED, e.applicationId(), e);
            }
            case EXAM + "ExamResultRecorded.v1" -> {
                ExamResultRecorded e = event.dataAs(ExamResultRecorded.class);
                notifications.sendToApplicant(ref, EmailKind.EXAM_RESULT_RECORDED, e.applicationId(), e);
            }
            default -> LOG.debugf("Not an event we email about: %s", event);
        }
    }

    /** Application events that name the applicant complete the projection if ApplicationSubmitted was missed. */
    private void learn(EventRef ref, UUID applicationId, Person person, String programme) {
        notifications.learnApplicant(ref, applicationId, person.name(), person.email(), person.preferredLanguage(),
                programme, false);
    }

    private void toPerson(EventRef ref, EmailKind kind, UUID applicationId, Person person, Object model) {
        notifications.sendToNamedApplicant(ref, kind, applicationId, person.name(), person.email(),
                person.preferredLanguage(), model);
    }
}
