package org.mentorcred.systemtests;

import java.util.HashMap;
import java.util.Map;

/**
 * What the system tests set differently from production, per service, and why. Everything else runs with
 * the services' own defaults.
 */
final class SystemTestSettings {

    private SystemTestSettings() {
    }

    static Map<String, String> forService(String service, Suite suite) {
        Map<String, String> env = new HashMap<>();
        // Logs stay readable in target/suite/logs; JSON logs are for shippers.
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        return env;
    }
}
