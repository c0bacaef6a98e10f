package org.mentorcred.systemtests.faults;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.mentorcred.systemtests.World.ASYNC;

import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorcred.infra.suite.ServiceProcess;
import org.mentorcred.infra.suite.Suite;
import org.mentorcred.systemtests.SuiteExtension;
import org.mentorcred.systemtests.World;
import org.mentorcred.systemtests.support.Concurrently;
import org.mentorcred.systemtests.support.Metrics;

/**
 * Fault 11: two instances each of eligibility-service and notification-service (same database, same consumer
 * group) share 200 applications: both instances of each do some of the work, and every application still gets one
 * decision, one invoice and one email of each kind.
 */
@ExtendWith(SuiteExtension.class)
class ScaledOutIT {

    private static final int APPLICATIONS = 200;
    private static final List<String> SCALED = List.of("eligibility-service", "notification-service");

    private static World world;
    private static List<ServiceProcess> added = List.of();

    @BeforeAll
    static void connect(Suite suite) {
        world = World.of(suite);
    }

    @AfterAll
    static void disconnect() {
        // Back to one instance each for the next test class.
        added.forEach(ServiceProcess::stop);
        world.close();
    }

    @Test
    void twoInstancesOfEachShareTheWorkWithNoDuplicateEffect(Suite suite) {
        added = Concurrently.map(SCALED, suite::startAnotherInstance);
        world.log("second instances ready: %s", added);
        world.groups().awaitMembersSharing("eligibility-service", "application-events", 2, ASYNC);
        for (String topic : List.of("application-events", "eligibility-events", "payment-events")) {
            world.groups().awaitMembersSharing("notification-service", topic, 2, ASYNC);
        }
        // Per instance: the application events its inbox applied, the emails it sent. (Not the Kafka client's
        // per-topic metrics: Micrometer binds those up to a minute after a new consumer's first fetch.)
        ToDoubleFunction<ServiceProcess> consumed = instance -> Metrics.sum(instance,
                "mentorcred_inbox_events_total", "topic=\"application-events\"");
        ToDoubleFunction<ServiceProcess> sent = instance -> Metrics.sum(instance,
                "mentorcred_notifications_sent_total", "");
        Map<ServiceProcess, Double> consumedBefore = perInstance(suite, "eligibility-service", consumed);
        Map<ServiceProcess, Double> sentBefore = perInstance(suite, "notification-service", sent);
        world.log("partitions shared; before: consumed %s, sent %s", consumedBefore, sentBefore);

        Cohort cohort = Cohort.ofDrafts(world, "f11", APPLICATIONS);
        world.log("%d drafts ready", APPLICATIONS);
        cohort.submitAll();
        cohort.awaitDecidedAndInvoiced(ASYNC.multipliedBy(2));
        world.log("all decided and invoiced");
        cohort.assertEachDecidedInvoicedAndEmailedOnce(ASYNC.multipliedBy(2));
        world.log("each decided, invoiced and emailed once");

        Map<ServiceProcess, Double> consumedAfter = perInstance(suite, "eligibility-service", consumed);
        Map<ServiceProcess, Double> sentAfter = perInstance(suite, "notification-service", sent);
        world.log("after: consumed %s, sent %s", consumedAfter, sentAfter);
        consumedAfter.forEach((instance, after) -> assertThat(instance + " consumed application events",
                after - consumedBefore.get(instance), greaterThan(0.0)));
        sentAfter.forEach((instance, after) -> assertThat(instance + " sent emails",
                after - sentBefore.get(instance), greaterThan(0.0)));
    }

    private static Map<ServiceProcess, Double> perInstance(Suite suite, String service,
            ToDoubleFunction<ServiceProcess> metric) {
        return suite.instances(service).stream().filter(ServiceProcess::isRunning)
                .collect(Collectors.toMap(i -> i, metric::applyAsDouble));
    }
}
