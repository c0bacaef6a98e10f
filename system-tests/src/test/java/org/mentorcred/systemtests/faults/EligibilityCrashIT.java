package org.mentorcred.systemtests.faults;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.lessThan;
import static org.mentorcred.systemtests.World.ASYNC;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorcred.infra.suite.ServiceProcess;
import org.mentorcred.infra.suite.Suite;
import org.mentorcred.systemtests.SuiteExtension;
import org.mentorcred.systemtests.World;

/**
 * Fault 9: eligibility-service is killed ({@code kill -9}, nothing flushed) while it works through 200 submissions,
 * and started again. Events it had taken but not committed come again; decisions it had committed but not
 * published are published by the outbox after the restart. Every application still gets one decision, one
 * invoice and one email of each kind.
 */
@ExtendWith(SuiteExtension.class)
class EligibilityCrashIT {

    private static final int APPLICATIONS = 200;

    private static World world;

    @BeforeAll
    static void connect(Suite suite) {
        world = World.of(suite);
    }

    @AfterAll
    static void disconnect(Suite suite) {
        // Whatever happened, leave eligibility-service running for the next test class.
        ServiceProcess eligibility = suite.instance("eligibility-service", 1);
        eligibility.start();
        eligibility.awaitReady(Duration.ofMinutes(2));
        world.close();
    }

    @Test
    void aCrashMidwayLosesNoDecisionAndDuplicatesNoInvoiceOrEmail(Suite suite) {
        Cohort cohort = Cohort.ofDrafts(world, "f9", APPLICATIONS);
        List<Cohort.Member> first = cohort.members().subList(0, APPLICATIONS / 2);
        List<Cohort.Member> second = cohort.members().subList(APPLICATIONS / 2, APPLICATIONS);
        List<String> ids = cohort.applicationIds();
        world.log("%d drafts ready", APPLICATIONS);

        // Half of them, and the crash as soon as decisions are coming out: some taken, some decided, some published.
        Cohort.submit(world, first);
        Awaitility.await("the first decisions").atMost(ASYNC).pollInterval(Duration.ofMillis(100))
                .until(() -> world.trail().countWith("EligibilityDecided", ids) >= 10);
        ServiceProcess eligibility = suite.instance("eligibility-service", 1);
        eligibility.kill();
        long decidedAtCrash = world.trail().countWith("EligibilityDecided", ids);
        world.log("eligibility-service killed after %d decisions were published", decidedAtCrash);

        // The other half arrives while it is down: it waits in Kafka.
        Cohort.submit(world, second);
        world.log("the other %d submitted while eligibility-service is down", second.size());
        assertThat("the crash came before the work was done", decidedAtCrash, lessThan((long) APPLICATIONS));

        eligibility.start();
        eligibility.awaitReady(Duration.ofMinutes(2));
        world.log("eligibility-service started again");

        cohort.awaitDecidedAndInvoiced(ASYNC.multipliedBy(2));
        world.log("all decided and invoiced");
        cohort.assertEachDecidedInvoicedAndEmailedOnce(ASYNC.multipliedBy(2));
        world.log("each decided, invoiced and emailed once");
    }
}
