package org.mentorcred.application.credential;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Payments that concern a credential rather than an application's fee (today the IPMA permanent-status upgrade),
 * handed over by the process's payment-events consumer (implemented by PermanentStatusService).
 */
public interface CredentialPayments {

    /**
     * payment-service's {@code PaymentSucceeded} whose purpose is not the application fee, as received; runs in the
     * consumer's inbox transaction, so it is applied once per event.
     */
    void paymentSucceeded(JsonNode event);
}
