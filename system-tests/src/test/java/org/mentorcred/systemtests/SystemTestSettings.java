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
        return env;
    }
}
