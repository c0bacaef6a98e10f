package org.mentorcred.commons.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Runs the outbox relay on a thread of its own: publishes pending events as soon as a local transaction
 * commits them (or within {@code poll-interval} when another instance wrote them), backs off while the
 * broker is away, and deletes published rows after the retention period.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    DataSource dataSource;

    @Inject
    OutboxConfig config;

    @Inject
    Instance<MeterRegistry> meters;

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.application.name", defaultValue = "mentorcred")
    String applicationName;

    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean running;
    private Thread thread;
    private KafkaProducer<String, String> producer;
    private OutboxPublisher publisher;

    void start(@Observes StartupEvent event) {
        if (!config.relayEnabled()) {
            LOG.info("Outbox relay disabled on this instance");
            return;
        }
        producer = new KafkaProducer<>(producerProperties());
        publisher = new OutboxPublisher(dataSource, producer, config.source(), config.batchSize(), config.sendTimeout());
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (thread == null) {
            return;
        }
        running = false;
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(5));
    }

    /** Asks the relay to look for work now (called after a transaction that wrote events commits). */
    public void wakeUp() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void loop() {
        Duration backoff = Duration.ZERO;
        boolean bucketsReady = false;
        Instant nextCleanup = Instant.now().plus(config.cleanupInterval());
        while (running) {
            try {
                if (!bucketsReady) {
                    publisher.ensureBuckets(config.buckets());
                    bucketsReady = true;
                }
                OutboxPublisher.PassResult result = publisher.publishPending();
                record(result);
                if (result.failed() > 0) {
                    backoff = next(backoff);
                    pause(backoff);
                    continue;
                }
                backoff = Duration.ZERO;
                if (result.published() > 0) {
                    continue; // there may be more
                }
                if (Instant.now().isAfter(nextCleanup)) {
                    int deleted = publisher.deleteSentBefore(Instant.now().minus(config.retention()));
                    LOG.debugf("Outbox relay deleted %d published event(s) past retention", deleted);
                    nextCleanup = Instant.now().plus(config.cleanupInterval());
                }
                awaitWork(config.pollInterval());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                backoff = next(backoff);
                LOG.warnf("Outbox relay pass failed (%s); retrying in %d ms", e.getMessage(), backoff.toMillis());
                try {
                    pause(backoff);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void awaitWork(Duration timeout) throws InterruptedException {
        synchronized (signal) {
            if (!woken) {
                signal.wait(Math.max(1, timeout.toMillis()));
            }
            woken = false;
        }
    }

    private static void pause(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    private Duration next(Duration backoff) {
        Duration doubled = backoff.isZero() ? Duration.ofMillis(100) : backoff.multipliedBy(2);
        return doubled.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : doubled;
    }

    private void record(OutboxPublisher.PassResult result) {
        if (meters.isUnsatisfied() || (result.published() == 0 && result.failed() == 0)) {
            return;
        }
        MeterRegistry registry = meters.get();
        registry.counter("mentorcred.outbox.published").increment(result.published());
        registry.counter("mentorcred.outbox.failed").increment(result.failed());
        if (result.published() > 0) {
            registry.timer("mentorcred.outbox.lag").record(result.oldestLag());
        }
    }

    private Properties producerProperties() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-outbox-relay");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        // Idempotent producer: no duplicates from its own retries, and order kept per partition.
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "1");
        // Bounded waits: a pass that cannot reach the broker gives up and the rows stay unsent.
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(Math.max(11_000, config.sendTimeout().toMillis())));
        props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
        props.putAll(config.producer());
        return props;
    }
}
