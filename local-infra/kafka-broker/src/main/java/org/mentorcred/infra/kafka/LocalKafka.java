package org.mentorcred.infra.kafka;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

import kafka.Kafka;
import kafka.tools.StorageTool;

/**
 * Runs one Apache Kafka broker in KRaft mode (combined broker and controller) in this JVM.
 *
 * <pre>
 * java -Xmx128m -cp kafka-broker/target/classes:kafka-broker/target/libs/* \
 *      org.mentorcred.infra.kafka.LocalKafka --port 9092 --controller-port 9093 --data-dir .suite/kafka \
 *      [--partitions 4] [--parent-pid PID]
 * </pre>
 *
 * The data directory is formatted on first use and reused afterwards, so a restarted broker keeps its
 * topics and offsets. With {@code --parent-pid} the broker stops when that process ends, so a test run
 * that dies never leaves a broker behind.
 */
public final class LocalKafka {

    private LocalKafka() {
    }

    public static void main(String[] args) throws Exception {
        // Before anything touches logging: the broker's own, quiet log4j2 configuration.
        System.setProperty("log4j2.configurationFile", "mentorcred-kafka-log4j2.properties");
        Map<String, String> options = parse(args);
        int port = Integer.parseInt(require(options, "port"));
        int controllerPort = Integer.parseInt(require(options, "controller-port"));
        Path dataDir = Path.of(require(options, "data-dir")).toAbsolutePath();
        int partitions = Integer.parseInt(options.getOrDefault("partitions", "4"));

        Path logDir = dataDir.resolve("log");
        Files.createDirectories(logDir);
        Path config = dataDir.resolve("server.properties");
        writeConfig(config, port, controllerPort, logDir, partitions);

        if (!Files.exists(logDir.resolve("meta.properties"))) {
            int rc = StorageTool.execute(new String[] {
                    "format", "--cluster-id", Uuid.randomUuid().toString(), "--config", config.toString() },
                    System.out);
            if (rc != 0) {
                System.err.println("Formatting the Kafka storage in " + logDir + " failed (" + rc + ")");
                System.exit(rc);
            }
        }
        if (options.containsKey("parent-pid")) {
            watchParent(Long.parseLong(options.get("parent-pid")));
        }
        announceWhenReady("127.0.0.1:" + port);
        System.out.println("Starting Kafka broker (KRaft) on 127.0.0.1:" + port + ", data in " + dataDir);
        Kafka.main(new String[] { config.toString() });
    }

    private static void writeConfig(Path file, int port, int controllerPort, Path logDir, int partitions)
            throws IOException {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        // Topics appear on first use; enough partitions for two instances of a consumer to share work.
        p.put("auto.create.topics.enable", "true");
        p.put("num.partitions", Integer.toString(partitions));
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // A small heap (-Xmx128m) needs a small log cleaner buffer; the default (128 MB) does not fit.
        p.put("log.cleaner.dedupe.buffer.size", "2097152");
        p.put("log.cleaner.threads", "1");
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("num.recovery.threads.per.data.dir", "1");
        p.put("log.retention.hours", "168");
        Properties props = new Properties();
        props.putAll(p);
        try (Writer out = Files.newBufferedWriter(file)) {
            props.store(out, "Written by org.mentorcred.infra.kafka.LocalKafka on every start");
        }
    }

    private static void announceWhenReady(String bootstrap) {
        Thread t = new Thread(() -> {
            Properties props = new Properties();
            props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
            props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            try (Admin admin = Admin.create(props)) {
                while (System.nanoTime() < deadline) {
                    try {
                        admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                        System.out.println("Kafka broker ready on " + bootstrap);
                        return;
                    } catch (Exception notYet) {
                        Thread.sleep(200);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ready-announcer");
        t.setDaemon(true);
        t.start();
    }

    private static void watchParent(long pid) {
        Thread t = new Thread(() -> {
            while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.out.println("Parent process " + pid + " has ended; stopping the Kafka broker");
            System.exit(0);
        }, "parent-watch");
        t.setDaemon(true);
        t.start();
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Expected --name value pairs, got: " + String.join(" ", args));
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Missing --" + name);
        }
        return value;
    }
}
