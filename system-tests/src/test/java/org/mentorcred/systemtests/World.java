package org.mentorcred.systemtests;

import java.time.Duration;

import org.mentorcred.infra.suite.Suite;
import org.mentorcred.systemtests.api.Apis;
import org.mentorcred.systemtests.support.ConsumerGroups;
import org.mentorcred.systemtests.support.EventTrail;
import org.mentorcred.systemtests.support.Mailbox;

/**
 * What a system test sees of the running suite: the API clients, the mailbox, the event trail and the consumer
 * groups. One per test class ({@code @BeforeAll}), closed after it; the suite itself lives for the whole run.
 */
public final class World implements AutoCloseable {

    /** How long anything asynchronous (an event and its effects, an email) may take on a busy CI machine. */
    public static final Duration ASYNC = Duration.ofSeconds(90);

    private final Suite suite;
    private final Apis apis;
    private final Mailbox mailbox;
    private final EventTrail trail;
    private final ConsumerGroups groups;
    private final long startedAt = System.nanoTime();

    private World(Suite suite) {
        this.suite = suite;
        this.apis = Apis.of(suite);
        this.mailbox = new Mailbox(suite.smtp());
        this.trail = EventTrail.fromBeginning(suite);
        this.groups = new ConsumerGroups(suite.kafka().bootstrapServers());
    }

    public static World of(Suite suite) {
        return new World(suite);
    }

    public Suite suite() {
        return suite;
    }

    public Apis apis() {
        return apis;
    }

    public Mailbox mailbox() {
        return mailbox;
    }

    public EventTrail trail() {
        return trail;
    }

    public ConsumerGroups groups() {
        return groups;
    }

    /** A progress line in the test's output file ({@code target/failsafe-reports/<class>-output.txt}). */
    public void log(String format, Object... args) {
        System.out.printf("[%6.1f s] %s%n", (System.nanoTime() - startedAt) / 1e9, String.format(format, args));
    }

    @Override
    public void close() {
        trail.close();
        groups.close();
    }
}
