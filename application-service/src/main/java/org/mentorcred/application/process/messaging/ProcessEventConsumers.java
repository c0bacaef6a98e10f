package org.mentorcred.application.process.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.mentorcred.application.process.messaging.incoming.EligibilityDecided;
import org.mentorcred.application.process.messaging.incoming.ExamBooked;
import org.mentorcred.application.process.messaging.incoming.ExamBookingCancelled;
import org.mentorcred.application.process.messaging.incoming.ExamBookingMoved;
import org.mentorcred.application.process.messaging.incoming.ExamResultRecorded;
import org.mentorcred.application.process.messaging.incoming.InvoiceIssued;
import org.mentorcred.application.process.messaging.incoming.PaymentFailed;
import org.mentorcred.application.process.messaging.incoming.PaymentSucceeded;
import org.mentorcred.application.process.messaging.incoming.RefundIssued;
import org.mentorcred.application.process.service.ProcessManager;
import org.mentorcred.commons.inbox.Inbox;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * The events of the other services that drive an application, each applied once (the inbox) in one transaction
 * with its effect; a malformed one goes to the channel's dead-letter topic. Other events of these topics are not
 * ours and are skipped.
 */
@ApplicationScoped
public class ProcessEventConsumers {

    public static final String CONSUMER = "application-service";

    public static final String ELIGIBILITY_DECIDED = "org.mentorcred.eligibility.EligibilityDecided.v1";
    public static final String INVOICE_ISSUED = "org.mentorcred.payment.InvoiceIssued.v1";
    public static final String PAYMENT_SUCCEEDED = "org.mentorcred.payment.PaymentSucceeded.v1";
    public static final String PAYMENT_FAILED = "org.mentorcred.payment.PaymentFailed.v1";
    public static final String REFUND_ISSUED = "org.mentorcred.payment.RefundIssued.v1";
    public static final String EXAM_BOOKED = "org.mentorcred.exam.ExamBooked.v1";
    public static final String EXAM_BOOKING_CANCELLED = "org.mentorcred.exam.ExamBookingCancelled.v1";
    public static final String EXAM_BOOKING_MOVED = "org.mentorcred.exam.ExamBookingMoved.v1";
    public static final String EXAM_RESULT_RECORDED = "org.mentorcred.exam.ExamResultRecorded.v1";

    @Inject
    Inbox inbox;

    @Inject
    ProcessManager process;

    @Incoming("eligibility-events")
    @Blocking
    public CompletionStage<Void> onEligibilityEvent(Message<String> message) {
        return inbox.process(CONSUMER, message, event -> {
            if (ELIGIBILITY_DECIDED.equals(event.type())) {
                process.eligibilityDecided(event, event.dataAs(EligibilityDecided.class));
            }
        });
    }

    @Incoming("payment-events")
    @Blocking
    public CompletionStage<Void> onPaymentEvent(Message<String> message) {
        return inbox.process(CONSUMER, message, event -> {
            switch (event.type()) {
                case INVOICE_ISSUED -> process.invoiceIssued(event, event.dataAs(InvoiceIssued.class));
                case PAYMENT_SUCCEEDED -> process.paymentSucceeded(event, event.dataAs(PaymentSucceeded.class));
                case PAYMENT_FAILED -> process.paymentFailed(event, event.dataAs(PaymentFailed.class));
                case REFUND_ISSUED -> process.refundIssued(event, event.dataAs(RefundIssued.class));
                default -> {
                }
            }
        });
    }

    @Incoming("exam-events")
    @Blocking
    public CompletionStage<Void> onExamEvent(Message<String> message) {
        return inbox.process(CONSUMER, message, event -> {
            switch (event.type()) {
                case EXAM_BOOKED -> process.examBooked(event, event.dataAs(ExamBooked.class));
                case EXAM_BOOKING_CANCELLED ->
                    process.examBookingCancelled(event, event.dataAs(ExamBookingCancelled.class));
                case EXAM_BOOKING_MOVED -> process.examBookingMoved(event, event.dataAs(ExamBookingMoved.class));
                case EXAM_RESULT_RECORDED -> process.examResultRecorded(event, event.dataAs(ExamResultRecorded.class));
                default -> {
                }
            }
        });
    }
}
