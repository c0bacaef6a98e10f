package org.mentorcred.payment.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.problem.Violation;
import org.mentorcred.payment.webhook.WebhookSignature;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.vertx.core.net.SocketAddress;

/**
 * Plays the card holder and the provider's webhook sender for charges that need confirmation: settles the
 * charge on the sandbox's side, then POSTs a signed webhook to this service, exactly as a real provider
 * would reach it over the network.
 */
@ApplicationScoped
public class SandboxService {

    private static final Logger LOG = Logger.getLogger(SandboxService.class);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    SandboxProvider sandbox;

    @Inject
    SandboxConfig config;

    @Inject
    ObjectMapper mapper;

    /**
     * This service's own base URL: the local address and port of the socket a request arrived on, which the caller
     * cannot choose (unlike the {@code Host} header, which once sent the signed webhook wherever it named).
     */
    public static URI ownAddress(SocketAddress local) {
        String host = local.hostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + local.port() + "/");
    }

    /**
     * Settles the sandbox charge of {@code paymentId} and sends its signed webhook to
     * {@code mentorcred.payment.sandbox.webhook-url}, or else to {@code serviceBase} (this service itself).
     */
    public SandboxDelivery complete(UUID paymentId, String outcome, URI serviceBase) {
        if (!config.enabled()) {
            throw new ProblemException(404, "sandbox-disabled", "Not found", "The sandbox provider is not enabled here");
        }
        boolean succeeded;
        if ("succeeded".equals(outcome)) {
            succeeded = true;
        } else if ("failed".equals(outcome)) {
            succeeded = false;
        } else {
            throw ProblemException.badRequest("outcome must be succeeded or failed",
                    List.of(new Violation("outcome", "must be succeeded or failed")));
        }
        ObjectNode event;
        try {
            event = sandbox.confirm(paymentId, succeeded).orElseThrow(() -> new ProblemException(404, "not-found",
                    "Not found", "The sandbox has no charge for payment " + paymentId));
        } catch (IllegalStateException e) {
            throw ProblemException.conflict("charge-not-pending",
                    "The sandbox charge of payment " + paymentId + " is not waiting for confirmation")
                    .with("currentState", e.getMessage());
        }
        String url = config.webhookUrl().orElse(serviceBase.resolve("/api/v1/payment-webhooks/" + SandboxProvider.NAME)
                .toString());
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String signature = WebhookSignature.header(sandbox.webhookSecret(), Instant.now().getEpochSecond(), body);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header(WebhookSignature.HEADER, signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            LOG.infof("Sandbox webhook %s delivered to %s: %d", event.get("id").asText(), url, response.statusCode());
            return new SandboxDelivery(event.get("id").asText(), event.get("type").asText(), url, response.statusCode());
        } catch (IOException e) {
            throw new ProblemException(502, "webhook-delivery-failed", "Bad gateway", "The charge was settled but its "
                    + "webhook could not be delivered to " + url + "; the reconciler will pick the outcome up");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
