package org.mentorcred.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mentorcred.infra.db.PgServer;
import org.mentorcred.infra.jwt.JwtKeys;
import org.mentorcred.infra.jwt.JwtTokens;
import org.mentorcred.infra.kafka.KafkaBrokerProcess;

/**
 * The small jobs bin/suite delegates to Java, so that the scripts and the tests share one implementation.
 * Exit status 0 on success, 1 with one line on stderr otherwise (never a stack trace).
 */
public final class InfraCli {

    private InfraCli() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            usage();
        }
        try {
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            switch (args[0]) {
                case "pg-check" -> PgServer.fromEnvironment().checkReachable();
                case "create-databases" -> {
                    PgServer pg = PgServer.fromEnvironment();
                    pg.checkReachable();
                    rest.forEach(pg::ensureDatabase);
                }
                case "jwt-keygen" -> JwtKeys.ensure(Path.of(single(rest)));
                case "token" -> token(options(rest));
                case "kafka-ready" -> KafkaBrokerProcess.awaitReady(rest.get(0),
                        Duration.ofSeconds(rest.size() > 1 ? Long.parseLong(rest.get(1)) : 60));
                case "ports-free" -> portsFree(rest);
                default -> usage();
            }
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    private static void token(Map<String, String> options) {
        Path keys = Path.of(required(options, "keys"));
        String role = required(options, "role");
        String subject = options.getOrDefault("subject", role + "-" + System.getProperty("user.name", "local"));
        long hours = Long.parseLong(options.getOrDefault("ttl-hours", "12"));
        System.out.println(JwtTokens.sign(JwtKeys.loadPrivateKey(keys),
                options.getOrDefault("issuer", JwtTokens.DEFAULT_ISSUER), subject, List.of(role),
                options.get("email"), Boolean.parseBoolean(options.getOrDefault("email-verified", "false")),
                Duration.ofHours(hours)));
    }

    private static void portsFree(List<String> ports) {
        List<String> taken = new ArrayList<>();
        for (String port : ports) {
            try (ServerSocket probe = new ServerSocket(Integer.parseInt(port), 1, InetAddress.getLoopbackAddress())) {
                probe.setReuseAddress(true);
            } catch (IOException e) {
                taken.add(port);
            }
        }
        if (!taken.isEmpty()) {
            throw new IllegalStateException("Port(s) already in use: " + String.join(", ", taken));
        }
    }

    private static Map<String, String> options(List<String> args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.size(); i += 2) {
            if (!args.get(i).startsWith("--")) {
                usage();
            }
            options.put(args.get(i).substring(2), args.get(i + 1));
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Missing --" + name);
        }
        return value;
    }

    private static String single(List<String> args) {
        if (args.size() != 1) {
            usage();
        }
        return args.get(0);
    }

    private static void usage() {
        System.err.println("""
                usage: InfraCli pg-check
                       InfraCli create-databases NAME...
                       InfraCli jwt-keygen DIR
                       InfraCli token --keys DIR --role ROLE [--subject S] [--email E [--email-verified true]] [--ttl-hours H] [--issuer I]
                       InfraCli kafka-ready HOST:PORT [SECONDS]
                       InfraCli ports-free PORT...""");
        System.exit(2);
    }
}
