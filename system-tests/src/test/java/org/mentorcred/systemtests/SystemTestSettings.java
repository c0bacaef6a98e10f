package org.mentorcred.systemtests;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.mentorcred.infra.suite.Suite;

/**
 * How the system tests run the suite, and what they set differently from production per service (and why).
 * Everything else runs with the services' own defaults.
 */
final class SystemTestSettings {

    private SystemTestSettings() {
    }

    static Suite.Options options() {
        Path root = Suite.repositoryRoot();
        return Suite.Options.of(root, root.resolve("system-tests/target/suite"), "_system")
                .withEnvironment(SystemTestSettings::forService);
    }

    static Map<String, String> forService(String service) {
        Map<String, String> env = new HashMap<>();
        if (service.equals("exam-service")) {
            // A failed candidate may book again the same day (production: 30 days), so journey 3 can retake
            // while the suite runs; the waiting period itself is tested in exam- and application-service.
            env.put("MENTORCRED_EXAM_RESULTS_RETAKE_WAITING_DAYS", "0");
        }
        if (service.equals("application-service")) {
            // Its credential signing key, generated once per run's work directory (never the local suite's).
            env.put("MENTORCRED_CREDENTIALS_SIGNING_GENERATED_KEY_DIR",
                    Suite.repositoryRoot().resolve("system-tests/target/suite/credential-keys").toString());
        }
        if (System.getenv("SYSTEM_TESTS_ACCESS_LOG") != null) {
            env.put("QUARKUS_HTTP_ACCESS_LOG_ENABLED", "true");
            env.put("QUARKUS_HTTP_ACCESS_LOG_PATTERN", "ACCESS %t %m %U %s %D");
        }
        return env;
    }
}
