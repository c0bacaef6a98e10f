package org.mentorcred.systemtests.faults;

import static org.mentorcred.systemtests.World.ASYNC;

import java.time.Duration;
import java.time.Instant;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorcred.infra.suite.Suite;
import org.mentorcred.systemtests.SuiteExtension;
import org.mentorcred.systemtests.World;

/**
 * Fault 8: the Kafka broker is stopped while 200 applications are submitted and started again 30 s later. The
 * submissions are accepted meanwhile (they wait in application-service's outbox), and afterwards every one gets
 * its decision, its invoice and its emails, each exactly once.
 */
@ExtendWith(SuiteExtension.class)
class KafkaOutageIT {

    private static final int APPLICATIONS = 200;
    private static final Duration OUTAGE = Duration.ofSeconds(30);

    private static World world;

    @BeforeAll
    static void connect(Suite suite) {
        world = World.of(suite);
    }

    @AfterAll
    static void disconnect(Suite suite) {
        // Whatever happened, leave a broker running for the next test class.
        suite.kafka().start();
        world.close();
    }

    @Test
    void applicationsSubmittedWhileKafkaIsDownAreEachDecidedAndInvoicedOnce(Suite suite) {
        Cohort cohort = Cohort.ofDrafts(world, "f8", APPLICATIONS);
        world.log("%d drafts ready; stopping Kafka", APPLICATIONS);

        suite.kafka().stop();
        Instant stopped = Instant.now();
        cohort.submitAll();
        world.log("%d applications submitted while Kafka is down", APPLICATIONS);

        // Until the broker is back, every submission waits in application-service's outbox: none is lost, and
        // the relay keeps them while it fails to publish.
        Duration left = OUTAGE.minus(Duration.between(stopped, Instant.now()));
        Duration watch = left.compareTo(Duration.ofSeconds(1)) > 0 ? left : Duration.ofSeconds(1);
        Awaitility.await("the submissions waiting in the outbox while Kafka is down")
                .during(watch).atMost(watch.plusSeconds(15)).pollInterval(Duration.ofSeconds(2))
                .until(() -> world.apis().application().pendingEvents() >= APPLICATIONS);
        suite.kafka().start();
        world.log("Kafka started again");

        cohort.awaitDecidedAndInvoiced(ASYNC.multipliedBy(2));
        world.log("all decided and invoiced");
        cohort.assertEachDecidedInvoicedAndEmailedOnce(ASYNC.multipliedBy(2));
        world.log("each decided, invoiced and emailed once");
        Awaitility.await("application-service's outbox drained").atMost(ASYNC)
                .until(() -> world.apis().application().pendingEvents() == 0);
    }
}
