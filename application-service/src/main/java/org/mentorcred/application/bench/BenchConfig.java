package org.mentorcred.application.bench;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Settings for the benchmarks ({@code mentorcred.bench.*}); everything here is off in production. */
@ConfigMapping(prefix = "mentorcred.bench")
public interface BenchConfig {

    @WithName("baseline-endpoint")
    BaselineEndpoint baselineEndpoint();

    interface BaselineEndpoint {

        /**
         * Whether {@code POST /api/v1/bench/baseline} answers (otherwise it is a 404): the benchmarks compare
         * intake throughput with it. Only for benchmark runs; it writes a row per call.
         */
        @WithDefault("false")
        boolean enabled();
    }
}
