package org.mentorcred.systemtests.journeys;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorcred.infra.suite.Suite;
import org.mentorcred.systemtests.SuiteExtension;
import org.mentorcred.systemtests.World;

/**
 * What every journey class has: the running suite ({@link SuiteExtension}), its {@link World} and the {@link Steps}
 * journeys share, made before the class's tests and closed after them. Journey classes run one after another.
 */
@ExtendWith(SuiteExtension.class)
abstract class Journey {

    static World world;
    static Steps steps;

    @BeforeAll
    static void connect(Suite suite) {
        world = World.of(suite);
        steps = new Steps(world);
    }

    @AfterAll
    static void disconnect() {
        world.close();
    }
}
