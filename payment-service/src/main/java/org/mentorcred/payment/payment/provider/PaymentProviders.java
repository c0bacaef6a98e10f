package org.mentorcred.payment.payment.provider;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.problem.Violation;

/** The enabled payment providers, by name. */
@ApplicationScoped
public class PaymentProviders {

    private final Map<String, PaymentProvider> byName;

    @Inject
    public PaymentProviders(@Any Instance<PaymentProvider> providers) {
        byName = providers.stream().filter(PaymentProvider::enabled)
                .collect(Collectors.toUnmodifiableMap(PaymentProvider::name, Function.identity()));
    }

    public Optional<PaymentProvider> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The provider a client asked for; 422 if there is none of that name. */
    public PaymentProvider require(String name) {
        return find(name).orElseThrow(() -> ProblemException.unprocessable("unknown-provider",
                "There is no payment provider " + name + "; available: " + names(),
                List.of(new Violation("provider", "must be one of " + names()))));
    }

    /** A provider our own records name; it must still be configured. */
    public PaymentProvider known(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException("Payment provider " + name + " is not enabled"));
    }

    public List<String> names() {
        return byName.keySet().stream().sorted().toList();
    }
}
