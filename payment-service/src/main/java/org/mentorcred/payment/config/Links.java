package org.mentorcred.payment.config;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The public URLs this service hands out (in events and responses), from the configured base URL. */
@ApplicationScoped
public class Links {

    @Inject
    PaymentConfig config;

    private String base() {
        String base = config.publicBaseUrl();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** Where the applicant sees and pays the invoice. */
    public String invoice(UUID invoiceId) {
        return base() + "/api/v1/invoices/" + invoiceId;
    }

    public String receipt(UUID invoiceId) {
        return invoice(invoiceId) + "/receipt";
    }

    public static String paymentPath(UUID paymentId) {
        return "/api/v1/payments/" + paymentId;
    }
}
