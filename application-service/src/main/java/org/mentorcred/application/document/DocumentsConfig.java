package org.mentorcred.application.document;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "mentorcred.documents")
public interface DocumentsConfig {

    /**
     * Largest document accepted (413 beyond). Keep {@code quarkus.http.limits.max-body-size} a little above it,
     * so that this check, and its problem response, is what a client meets.
     */
    @WithDefault("10M")
    MemorySize maxSize();

    /** Documents one application may hold. */
    @WithDefault("50")
    int maxPerApplication();
}
