package org.mentorcred.payment.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mentorcred.infra.test.TestProducer;
import org.mentorcred.infra.test.authz.MatrixCall;
import org.mentorcred.infra.test.authz.MatrixFixtures;
import org.mentorcred.infra.test.authz.Principal;
import org.mentorcred.payment.Api;
import org.mentorcred.payment.Events;

/**
 * Applicant A's invoices and payments for the security tests, issued through the broker as in production: an
 * application with its invoice and a paid invoice with its payment, and, for operations that change their resource,
 * one fresh open invoice or pending charge per principal allowed to call them.
 */
final class SecurityFixtures implements MatrixFixtures {

    private final Map<String, String> shared = new HashMap<>();
    private final Map<Principal, String> openInvoices = new HashMap<>();
    private final Map<Principal, String> pendingPayments = new HashMap<>();

    static SecurityFixtures create(String bootstrap) {
        SecurityFixtures fixtures = new SecurityFixtures();
        String subject = Principal.APPLICANT_A.subject();
        List<Events.Application> applications = java.util.stream.IntStream.range(0, 5)
                .mapToObj(i -> new Events.Application(UUID.randomUUID(), UUID.randomUUID(), subject, "IPMA_PM", true))
                .toList();
        try (TestProducer producer = new TestProducer(bootstrap)) {
            for (Events.Application application : applications) {
                application.sendSubmitted(producer);
                application.sendDecided(producer, true);
            }
        }
        List<String> invoices = applications.stream()
                .map(a -> Api.awaitInvoice(a.applicationId(), "ACCREDITATION")).toList();
        String paid = invoices.get(0);
        String payment = Api.pay(Api.as("applicant", subject), paid, UUID.randomUUID().toString(),
                Api.card(Api.CARD_OK)).then().statusCode(201).extract().path("id");
        fixtures.shared.put("application", applications.get(0).applicationId().toString());
        fixtures.shared.put("invoice", paid);
        fixtures.shared.put("paidInvoice", paid);
        fixtures.shared.put("payment", payment);
        fixtures.openInvoices.put(Principal.APPLICANT_A, invoices.get(1));
        fixtures.openInvoices.put(Principal.FINANCE, invoices.get(2));
        fixtures.pendingPayments.put(Principal.FINANCE, pending(subject, invoices.get(3)));
        fixtures.pendingPayments.put(Principal.ADMIN, pending(subject, invoices.get(4)));
        return fixtures;
    }

    private static String pending(String subject, String invoice) {
        return Api.pay(Api.as("applicant", subject), invoice, UUID.randomUUID().toString(), Api.card(Api.CARD_CONFIRM))
                .then().statusCode(202).extract().path("id");
    }

    @Override
    public Map<String, String> variables(MatrixCall call) {
        Map<String, String> vars = new HashMap<>(shared);
        // Refused callers never reach the resource, so they may all share the first fresh one.
        vars.put("openInvoice", openInvoices.getOrDefault(call.principal(), openInvoices.get(Principal.APPLICANT_A)));
        vars.put("pendingPayment",
                pendingPayments.getOrDefault(call.principal(), pendingPayments.get(Principal.FINANCE)));
        return vars;
    }

    /** Variables for calls that need no fresh resource (the fuzzer's). */
    Map<String, String> shared() {
        return Map.copyOf(shared);
    }
}
