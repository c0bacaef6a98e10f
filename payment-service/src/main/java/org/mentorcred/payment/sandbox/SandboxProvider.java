package org.mentorcred.payment.sandbox;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;
import org.mentorcred.payment.money.Money;
import org.mentorcred.payment.payment.provider.Card;
import org.mentorcred.payment.payment.provider.PaymentProvider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A payment provider that behaves like a real one without moving money. Its own records (charges, refunds)
 * are what a real provider keeps on its side; they live in this service's database so that every instance
 * sees them. Test cards, after Stripe's:
 *
 * <table>
 * <tr><td>4242424242424242, 5555555555554444</td><td>succeeds</td></tr>
 * <tr><td>4000000000000002</td><td>declined: generic_decline</td></tr>
 * <tr><td>4000000000009995</td><td>declined: insufficient_funds</td></tr>
 * <tr><td>4000000000000069</td><td>declined: expired_card</td></tr>
 * <tr><td>4000000000000127</td><td>declined: incorrect_cvc</td></tr>
 * <tr><td>4000000000003220</td><td>needs the card holder's confirmation: the charge stays pending and its
 * outcome arrives as a signed webhook (see {@link SandboxResource})</td></tr>
 * <tr><td>any other valid number</td><td>declined: card_not_supported (the sandbox takes test cards only)</td></tr>
 * </table>
 * A card whose expiry date has passed is declined as expired_card.
 */
@ApplicationScoped
public class SandboxProvider implements PaymentProvider {

    public static final String NAME = "sandbox";
    public static final String SUCCEEDED_EVENT = "charge.succeeded";
    public static final String FAILED_EVENT = "charge.failed";

    private static final Logger LOG = Logger.getLogger(SandboxProvider.class);

    private record Behaviour(ChargeResult.Outcome outcome, String declineCode, String reason) {
    }

    private static final Map<String, Behaviour> TEST_CARDS = Map.of(
            "4242424242424242", new Behaviour(ChargeResult.Outcome.SUCCEEDED, null, null),
            "5555555555554444", new Behaviour(ChargeResult.Outcome.SUCCEEDED, null, null),
            "4000000000000002", new Behaviour(ChargeResult.Outcome.DECLINED, "generic_decline", "Your card was declined"),
            "4000000000009995", new Behaviour(ChargeResult.Outcome.DECLINED, "insufficient_funds",
                    "Your card was declined: insufficient funds"),
            "4000000000000069", new Behaviour(ChargeResult.Outcome.DECLINED, "expired_card", "Your card has expired"),
            "4000000000000127", new Behaviour(ChargeResult.Outcome.DECLINED, "incorrect_cvc",
                    "Your card's security code is incorrect"),
            "4000000000003220", new Behaviour(ChargeResult.Outcome.PENDING, null, null));

    private static final Behaviour NOT_A_TEST_CARD = new Behaviour(ChargeResult.Outcome.DECLINED, "card_not_supported",
            "Your card is not supported here: the sandbox accepts test cards only");
    private static final Behaviour EXPIRED = TEST_CARDS.get("4000000000000069");

    @Inject
    EntityManager em;

    @Inject
    SandboxConfig config;

    @Inject
    ObjectMapper mapper;

    private byte[] secret;

    /** Charge calls per invoice, as the provider saw them: what tests count to prove "charged once". */
    private final Map<UUID, AtomicInteger> chargeCalls = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        secret = config.webhookSecret().map(s -> s.getBytes(StandardCharsets.UTF_8)).orElseGet(() -> {
            if (config.enabled()) {
                LOG.warn("mentorcred.payment.sandbox.webhook-secret is not set: the sandbox signs and verifies its "
                        + "webhooks with a random secret of this process. Set MENTORCRED_PAYMENT_SANDBOX_WEBHOOK_SECRET "
                        + "when several instances run.");
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return random;
        });
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean enabled() {
        return config.enabled();
    }

    @Override
    public byte[] webhookSecret() {
        return secret.clone();
    }

    public int chargeCalls(UUID invoiceId) {
        AtomicInteger calls = chargeCalls.get(invoiceId);
        return calls == null ? 0 : calls.get();
    }

    @Override
    public ChargeResult charge(ChargeRequest request) {
        chargeCalls.computeIfAbsent(request.invoiceId(), id -> new AtomicInteger()).incrementAndGet();
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<ChargeResult> existing = find(request.paymentId());
            if (existing.isPresent()) {
                return existing.get();
            }
            Behaviour behaviour = behaviourOf(request.card());
            String id = "sbx_ch_" + UUID.randomUUID().toString().replace("-", "");
            String status = switch (behaviour.outcome()) {
                case SUCCEEDED -> "SUCCEEDED";
                case DECLINED -> "DECLINED";
                case PENDING -> "REQUIRES_CONFIRMATION";
            };
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            em.createNativeQuery("""
                    INSERT INTO sandbox_charge (id, reference, invoice_reference, amount, currency, card_brand, card_last4,
                                                status, decline_code, reason, created_at, completed_at)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)""")
                    .setParameter(1, id).setParameter(2, request.paymentId().toString())
                    .setParameter(3, request.invoiceId().toString()).setParameter(4, request.amount())
                    .setParameter(5, request.currency()).setParameter(6, request.card().brand())
                    .setParameter(7, request.card().last4()).setParameter(8, status)
                    .setParameter(9, behaviour.declineCode()).setParameter(10, behaviour.reason())
                    .setParameter(11, now).setParameter(12, behaviour.outcome() == ChargeResult.Outcome.PENDING ? null : now)
                    .executeUpdate();
            return new ChargeResult(behaviour.outcome(), id, behaviour.declineCode(), behaviour.reason());
        });
    }

    private static Behaviour behaviourOf(Card card) {
        YearMonth expiry = YearMonth.of(card.expYear(), card.expMonth());
        if (expiry.isBefore(YearMonth.now(ZoneOffset.UTC))) {
            return EXPIRED;
        }
        return TEST_CARDS.getOrDefault(card.number(), NOT_A_TEST_CARD);
    }

    @Override
    public Optional<ChargeResult> lookup(UUID paymentId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            expireUnconfirmed(paymentId);
            return find(paymentId);
        });
    }

    /** A charge nobody confirmed in time fails, as 3-D Secure authentications do. */
    private void expireUnconfirmed(UUID paymentId) {
        em.createNativeQuery("""
                UPDATE sandbox_charge SET status = 'DECLINED', decline_code = 'authentication_required',
                       reason = 'The payment was not confirmed in time', completed_at = ?2
                WHERE reference = ?1 AND status = 'REQUIRES_CONFIRMATION' AND created_at < ?3""")
                .setParameter(1, paymentId.toString()).setParameter(2, Instant.now())
                .setParameter(3, Instant.now().minus(config.confirmationTimeout()))
                .executeUpdate();
    }

    private Optional<ChargeResult> find(UUID paymentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT id, status, decline_code, reason FROM sandbox_charge WHERE reference = ?1")
                .setParameter(1, paymentId.toString()).getResultList();
        return rows.stream().findFirst().map(SandboxProvider::result);
    }

    private static ChargeResult result(Object[] row) {
        String id = (String) row[0];
        return switch ((String) row[1]) {
            case "SUCCEEDED" -> ChargeResult.succeeded(id);
            case "DECLINED" -> ChargeResult.declined(id, (String) row[2], (String) row[3]);
            default -> ChargeResult.pending(id);
        };
    }

    @Override
    public RefundResult refund(RefundRequest request) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> existing = em.createNativeQuery("SELECT id FROM sandbox_refund WHERE reference = ?1")
                    .setParameter(1, request.refundId().toString()).getResultList();
            if (!existing.isEmpty()) {
                return new RefundResult(existing.get(0));
            }
            Object[] charge = (Object[]) em.createNativeQuery(
                    "SELECT status, amount FROM sandbox_charge WHERE id = ?1 FOR UPDATE")
                    .setParameter(1, request.providerPaymentId()).getSingleResult();
            BigDecimal refunded = (BigDecimal) em.createNativeQuery(
                    "SELECT coalesce(sum(amount), 0) FROM sandbox_refund WHERE charge_id = ?1")
                    .setParameter(1, request.providerPaymentId()).getSingleResult();
            if (!"SUCCEEDED".equals(charge[0]) || refunded.add(request.amount()).compareTo((BigDecimal) charge[1]) > 0) {
                throw new IllegalStateException("Sandbox refuses to refund " + Money.format(request.amount())
                        + " of charge " + request.providerPaymentId());
            }
            String id = "sbx_re_" + UUID.randomUUID().toString().replace("-", "");
            em.createNativeQuery("""
                    INSERT INTO sandbox_refund (id, reference, charge_id, amount, created_at)
                    VALUES (?1, ?2, ?3, ?4, ?5)""")
                    .setParameter(1, id).setParameter(2, request.refundId().toString())
                    .setParameter(3, request.providerPaymentId()).setParameter(4, request.amount())
                    .setParameter(5, Instant.now()).executeUpdate();
            return new RefundResult(id);
        });
    }

    /** The card holder confirmed (or failed to confirm) a pending charge: settle it and describe the event. */
    public Optional<ObjectNode> confirm(UUID paymentId, boolean succeeded) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                    "SELECT id, status, amount, currency FROM sandbox_charge WHERE reference = ?1 FOR UPDATE")
                    .setParameter(1, paymentId.toString()).getResultList();
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            Object[] row = rows.get(0);
            if (!"REQUIRES_CONFIRMATION".equals(row[1])) {
                throw new IllegalStateException((String) row[1]);
            }
            String declineCode = succeeded ? null : "authentication_failed";
            String reason = succeeded ? null : "Your bank did not confirm the payment";
            em.createNativeQuery("""
                    UPDATE sandbox_charge SET status = ?2, decline_code = ?3, reason = ?4, completed_at = ?5
                    WHERE id = ?1""")
                    .setParameter(1, row[0]).setParameter(2, succeeded ? "SUCCEEDED" : "DECLINED")
                    .setParameter(3, declineCode).setParameter(4, reason).setParameter(5, Instant.now())
                    .executeUpdate();
            ObjectNode event = mapper.createObjectNode();
            event.put("id", "evt_" + UUID.randomUUID().toString().replace("-", ""));
            event.put("type", succeeded ? SUCCEEDED_EVENT : FAILED_EVENT);
            event.put("created", Instant.now().getEpochSecond());
            ObjectNode data = event.putObject("data");
            data.put("chargeId", (String) row[0]);
            data.put("reference", paymentId.toString());
            data.put("amount", Money.format((BigDecimal) row[2]));
            data.put("currency", ((String) row[3]).trim());
            data.put("declineCode", declineCode);
            data.put("reason", reason);
            return Optional.of(event);
        });
    }

    @Override
    public WebhookNotification parseWebhook(byte[] body) {
        JsonNode event;
        try {
            event = mapper.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("The body is not JSON");
        }
        if (event == null || !event.path("id").isTextual() || !event.path("type").isTextual()) {
            throw new IllegalArgumentException("The event needs an id and a type");
        }
        String type = event.get("type").asText();
        if (!type.equals(SUCCEEDED_EVENT) && !type.equals(FAILED_EVENT)) {
            // Providers send more kinds of events than we act on; those are acknowledged and ignored.
            return new WebhookNotification(event.get("id").asText(), type, null, null);
        }
        JsonNode data = event.path("data");
        UUID reference;
        try {
            reference = UUID.fromString(data.path("reference").asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("data.reference must be a payment id");
        }
        String chargeId = data.path("chargeId").asText(null);
        if (chargeId == null) {
            throw new IllegalArgumentException("data.chargeId is required");
        }
        ChargeResult result = type.equals(SUCCEEDED_EVENT) ? ChargeResult.succeeded(chargeId)
                : ChargeResult.declined(chargeId, data.path("declineCode").asText("processing_error"),
                        data.path("reason").asText("The payment failed"));
        return new WebhookNotification(event.get("id").asText(), type, reference, result);
    }
}
