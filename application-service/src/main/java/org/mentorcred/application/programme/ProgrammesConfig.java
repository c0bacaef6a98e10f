package org.mentorcred.application.programme;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "mentorcred.programmes")
public interface ProgrammesConfig {

    /** Class-path resource of the programme catalogue. */
    @WithDefault("programmes/catalogue.json")
    String catalogue();
}
