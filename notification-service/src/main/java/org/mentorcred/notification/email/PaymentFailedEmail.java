package org.mentorcred.notification.email;

import org.mentorcred.notification.messaging.events.PaymentFailed;

/**
 * A failed payment and where to pay again. PaymentFailed carries no payment link; the invoice's one, kept
 * from InvoiceIssued, is null if that invoice was never seen (the email then points to the portal).
 */
public record PaymentFailedEmail(PaymentFailed payment, String paymentUrl) {
}
