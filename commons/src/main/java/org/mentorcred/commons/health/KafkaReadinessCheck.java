package org.mentorcred.commons.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the Kafka cluster answers: a service that cannot publish or consume events should not
 * receive traffic. Its database check comes with the datasource; together they make {@code /q/health/ready}.
 */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {

    private static final Duration CACHE = Duration.ofSeconds(2);

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
    String bootstrapServers;

    private Admin admin;
    private HealthCheckResponse last;
    private Instant lastAt = Instant.MIN;

    @Override
    public synchronized HealthCheckResponse call() {
        if (last != null && Instant.now().isBefore(lastAt.plus(CACHE))) {
            return last;
        }
        var builder = HealthCheckResponse.named("Kafka").withData("bootstrap.servers", bootstrapServers);
        try {
            int nodes = admin().describeCluster().nodes().get(2, TimeUnit.SECONDS).size();
            last = builder.up().withData("nodes", nodes).build();
        } catch (Exception e) {
            last = builder.down().withData("error", e.getClass().getSimpleName()).build();
        }
        lastAt = Instant.now();
        return last;
    }

    private Admin admin() {
        if (admin == null) {
            Properties props = new Properties();
            props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
            props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "2000");
            props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
            admin = Admin.create(props);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
