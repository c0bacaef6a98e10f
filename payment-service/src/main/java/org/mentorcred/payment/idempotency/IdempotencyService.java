package org.mentorcred.payment.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;

import org.jboss.logging.Logger;
import org.mentorcred.commons.problem.Problem;
import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.problem.Violation;
import org.mentorcred.payment.config.PaymentConfig;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Stripe's idempotency rules, enforced by the database so that every instance agrees:
 * <ul>
 * <li>a key is scoped to the caller (token subject);</li>
 * <li>the first request with a key runs; its response (status, Location, body bytes) is stored;</li>
 * <li>the same key with the same request answers the stored response again, byte for byte;</li>
 * <li>the same key with another request (body, method or path) is 422;</li>
 * <li>the same key while its first request still runs is 409;</li>
 * <li>keys are kept for {@code retention} (at least 24 hours), then purged.</li>
 * </ul>
 * Requests are compared by a keyed hash (HMAC-SHA256), because payment bodies hold card numbers that must
 * never be stored. A request that fails unexpectedly (5xx) or meets a {@link RetryableProblemException}
 * releases its key, so it can be retried as it was; a request whose process died holds its key for
 * {@code in-flight-lease}, then a retry takes it over and the action gets the resource the first execution
 * created ({@link IdempotentRequest#recoveredResourceId()}).
 */
@ApplicationScoped
public class IdempotencyService {

    public static final String HEADER = "Idempotency-Key";
    public static final Duration MINIMUM_RETENTION = Duration.ofHours(24);

    private static final Logger LOG = Logger.getLogger(IdempotencyService.class);

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    PaymentConfig config;

    private byte[] fingerprintSecret;

    @PostConstruct
    void init() {
        if (config.idempotency().retention().compareTo(MINIMUM_RETENTION) < 0) {
            throw new IllegalStateException("mentorcred.payment.idempotency.retention must be at least 24h, got "
                    + config.idempotency().retention());
        }
        fingerprintSecret = config.idempotency().fingerprintSecret()
                .map(s -> s.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> {
                    LOG.warn("mentorcred.payment.idempotency.fingerprint-secret is not set: using a random one for this "
                            + "process. Set MENTORCRED_PAYMENT_IDEMPOTENCY_FINGERPRINT_SECRET (the same on every "
                            + "instance) so that retries are recognised across instances and restarts.");
                    byte[] random = new byte[32];
                    new SecureRandom().nextBytes(random);
                    return random;
                });
    }

    /** What {@link #begin} found for the key. */
    public sealed interface Start {
        record Proceed(IdempotentRequest request) implements Start {
        }

        record Replay(StoredResponse response) implements Start {
        }
    }

    /**
     * Runs {@code action} once for {@code key}: the first time, or answers what it answered then.
     *
     * @param request the parsed request body (with the method and path, what "the same request" means)
     */
    public jakarta.ws.rs.core.Response execute(String subject, String key, String method, String path, Object request,
            Function<IdempotentRequest, StoredResponse> action) {
        requireValidKey(key);
        String fingerprint = fingerprint(method, path, request);
        Start start = begin(subject, key, method, path, fingerprint);
        if (start instanceof Start.Replay replay) {
            return replay.response().toResponse(true);
        }
        IdempotentRequest idempotent = ((Start.Proceed) start).request();
        StoredResponse response;
        try {
            response = action.apply(idempotent);
        } catch (RetryableProblemException e) {
            release(subject, key);
            throw e;
        } catch (ProblemException e) {
            response = problem(e, path);
        } catch (RuntimeException e) {
            release(subject, key);
            throw e;
        }
        complete(subject, key, response);
        return response.toResponse(false);
    }

    public static void requireValidKey(String key) {
        if (key == null || key.isBlank()) {
            throw ProblemException.badRequest("The " + HEADER + " header is required: a unique value (a UUID, say) per "
                    + "operation, sent again unchanged when the same request is retried",
                    List.of(new Violation(HEADER, "is required")));
        }
        if (key.length() > 255 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw ProblemException.badRequest("The " + HEADER + " header must be 1 to 255 visible ASCII characters",
                    List.of(new Violation(HEADER, "must be 1 to 255 visible ASCII characters")));
        }
    }

    /** Claims {@code key} for a request with {@code fingerprint}, or says why not. */
    public Start begin(String subject, String key, String method, String path, String fingerprint) {
        return QuarkusTransaction.requiringNew().call(() -> {
            // The key's row can vanish between our insert and our read (its request released it): try again.
            for (int attempt = 0; attempt < 3; attempt++) {
                Instant now = now();
                if (insert(subject, key, method, path, fingerprint, now)) {
                    return new Start.Proceed(new IdempotentRequest(subject, key, null));
                }
                @SuppressWarnings("unchecked")
                List<Object[]> rows = em.createNativeQuery("""
                        SELECT fingerprint, status, locked_until, resource_id, response_status, response_content_type,
                               response_location, response_body
                        FROM idempotency_key WHERE subject = ?1 AND idem_key = ?2 FOR UPDATE""")
                        .setParameter(1, subject).setParameter(2, key)
                        .getResultList();
                if (!rows.isEmpty()) {
                    return existing(subject, key, fingerprint, rows.get(0), now);
                }
            }
            throw inUse();
        });
    }

    private boolean insert(String subject, String key, String method, String path, String fingerprint, Instant now) {
        return em.createNativeQuery("""
                INSERT INTO idempotency_key (subject, idem_key, request_method, request_path, fingerprint, status,
                                             locked_until, created_at)
                VALUES (?1, ?2, ?3, ?4, ?5, 'IN_FLIGHT', ?6, ?7)
                ON CONFLICT (subject, idem_key) DO NOTHING""")
                .setParameter(1, subject).setParameter(2, key).setParameter(3, method).setParameter(4, path)
                .setParameter(5, fingerprint).setParameter(6, now.plus(config.idempotency().inFlightLease()))
                .setParameter(7, now)
                .executeUpdate() == 1;
    }

    /** The key is taken: a replay, a misuse (422), busy (409), or abandoned by a dead request (taken over). */
    private Start existing(String subject, String key, String fingerprint, Object[] row, Instant now) {
        if (!fingerprint.equals(row[0])) {
            throw ProblemException.unprocessable("idempotency-key-reused",
                    "This " + HEADER + " was used for a different request; use a new key for a new request",
                    List.of(new Violation(HEADER, "was used for a different request")));
        }
        if ("COMPLETED".equals(row[1])) {
            return new Start.Replay(new StoredResponse(((Number) row[4]).intValue(), (String) row[5],
                    (String) row[6], (byte[]) row[7]));
        }
        Instant lockedUntil = instant(row[2]);
        if (lockedUntil != null && lockedUntil.isAfter(now)) {
            throw inUse();
        }
        em.createNativeQuery("UPDATE idempotency_key SET locked_until = ?3 WHERE subject = ?1 AND idem_key = ?2")
                .setParameter(1, subject).setParameter(2, key)
                .setParameter(3, now.plus(config.idempotency().inFlightLease()))
                .executeUpdate();
        LOG.infof("Idempotency key of %s taken over after its first request stopped answering", subject);
        return new Start.Proceed(new IdempotentRequest(subject, key, row[3] == null ? null : (UUID) row[3]));
    }

    private static ProblemException inUse() {
        return ProblemException.conflict("idempotency-key-in-use",
                "A request with this " + HEADER + " is still being processed; retry in a moment")
                .with("retryable", true);
    }

    /** Binds the resource the request created to its key, in the caller's transaction (the recovery point). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void link(IdempotentRequest request, UUID resourceId) {
        em.createNativeQuery("UPDATE idempotency_key SET resource_id = ?3 WHERE subject = ?1 AND idem_key = ?2")
                .setParameter(1, request.subject()).setParameter(2, request.key()).setParameter(3, resourceId)
                .executeUpdate();
    }

    void complete(String subject, String key, StoredResponse response) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                UPDATE idempotency_key
                SET status = 'COMPLETED', locked_until = NULL, completed_at = ?3, response_status = ?4,
                    response_content_type = ?5, response_location = ?6, response_body = ?7
                WHERE subject = ?1 AND idem_key = ?2""")
                .setParameter(1, subject).setParameter(2, key).setParameter(3, now())
                .setParameter(4, response.status()).setParameter(5, response.contentType())
                .setParameter(6, response.location()).setParameter(7, response.body())
                .executeUpdate());
    }

    void release(String subject, String key) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "DELETE FROM idempotency_key WHERE subject = ?1 AND idem_key = ?2 AND status = 'IN_FLIGHT'")
                .setParameter(1, subject).setParameter(2, key)
                .executeUpdate());
    }

    /** Deletes keys older than the retention period; returns how many. */
    public int purge() {
        Instant cutoff = now().minus(config.idempotency().retention());
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "DELETE FROM idempotency_key WHERE created_at < ?1")
                .setParameter(1, cutoff)
                .executeUpdate());
    }

    /** A JSON response to store. */
    public StoredResponse json(int status, Object entity, String location) {
        try {
            return new StoredResponse(status, MediaType.APPLICATION_JSON, location, mapper.writeValueAsBytes(entity));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response is not serialisable", e);
        }
    }

    private StoredResponse problem(ProblemException e, String path) {
        try {
            return new StoredResponse(e.status(), Problem.MEDIA_TYPE, null, mapper.writeValueAsBytes(e.toProblem(path)));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Problem is not serialisable", ex);
        }
    }

    /** The keyed hash that stands for "this request": method, path and the body as parsed. */
    public String fingerprint(String method, String path, Object request) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(fingerprintSecret, "HmacSHA256"));
            mac.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            mac.update(request == null ? new byte[0] : mapper.writeValueAsBytes(request));
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (NoSuchAlgorithmException | InvalidKeyException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot fingerprint the request", e);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
