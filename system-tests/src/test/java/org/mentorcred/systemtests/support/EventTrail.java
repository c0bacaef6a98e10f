package org.mentorcred.systemtests.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.mentorcred.infra.suite.Suite;
import org.mentorcred.infra.test.TopicProbe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Everything published on the four event topics, read from the broker without joining any consumer group (so
 * it takes no work from the services). The outbox publishes at least once, so a record may appear twice with the
 * same {@code ce_id}; "exactly once" therefore means exactly one distinct event id per application, which is
 * what the consumers' inboxes act on.
 */
public final class EventTrail implements AutoCloseable {

    public static final List<String> TOPICS = List.of("application-events", "eligibility-events", "payment-events",
            "exam-events");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TopicProbe probe;
    private final List<Event> parsed = new ArrayList<>();
    private int seen;

    private EventTrail(TopicProbe probe) {
        this.probe = probe;
    }

    /** Every event the topics hold, and whatever follows. */
    public static EventTrail fromBeginning(Suite suite) {
        return new EventTrail(TopicProbe.fromBeginning(suite.kafka().bootstrapServers(),
                TOPICS.toArray(String[]::new)));
    }

    /** Every event read so far, in arrival order (per partition, in publishing order). */
    public synchronized List<Event> events() {
        List<ConsumerRecord<String, String>> records = probe.records();
        for (ConsumerRecord<String, String> record : records.subList(seen, records.size())) {
            parsed.add(parse(record));
        }
        seen = records.size();
        return List.copyOf(parsed);
    }

    /** The events of one type (short name, e.g. {@code InvoiceIssued}) about one application. */
    public List<Event> events(String type, String applicationId) {
        return events().stream().filter(e -> type.equals(e.type()) && applicationId.equals(e.key())).toList();
    }

    /** The distinct events (by {@code ce_id}) of one type about one application. */
    public List<Event> distinct(String type, String applicationId) {
        return events(type, applicationId).stream()
                .collect(Collectors.toMap(Event::id, e -> e, (first, again) -> first, LinkedHashMap::new))
                .values().stream().toList();
    }

    /** Waits for the first event of {@code type} about {@code applicationId}. */
    public Event awaitOne(String type, String applicationId, Duration timeout) {
        try {
            return Awaitility.await(type + " of " + applicationId).atMost(timeout).pollInterval(Duration.ofMillis(200))
                    .until(() -> events(type, applicationId), found -> !found.isEmpty()).get(0);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("No " + type + " about " + applicationId + " within " + timeout
                    + "; its events: " + events().stream().filter(ev -> applicationId.equals(ev.key())).toList(), e);
        }
    }

    /** Waits until every application has an event of {@code type}; fails naming those still without one. */
    public void awaitEach(String type, Collection<String> applicationIds, Duration timeout) {
        try {
            Awaitility.await(type + " of " + applicationIds.size() + " applications").atMost(timeout)
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> missing(type, applicationIds).isEmpty());
        } catch (ConditionTimeoutException e) {
            List<String> missing = missing(type, applicationIds);
            throw new AssertionError(missing.size() + " of " + applicationIds.size() + " applications have no " + type
                    + " within " + timeout + ", e.g. " + missing.subList(0, Math.min(5, missing.size())), e);
        }
    }

    /** How many applications have an event of {@code type} so far. */
    public long countWith(String type, Collection<String> applicationIds) {
        return applicationIds.size() - missing(type, applicationIds).size();
    }

    private List<String> missing(String type, Collection<String> applicationIds) {
        var with = events().stream().filter(e -> type.equals(e.type())).map(Event::key).collect(Collectors.toSet());
        return applicationIds.stream().filter(id -> !with.contains(id)).toList();
    }

    /**
     * The number of distinct events (by {@code ce_id}) of {@code type} per application, for the applications
     * that do not have exactly one: empty when each has exactly one.
     */
    public Map<String, Integer> notExactlyOnce(String type, Collection<String> applicationIds) {
        Map<String, Set<String>> ids = new TreeMap<>();
        for (Event e : events()) {
            if (type.equals(e.type())) {
                ids.computeIfAbsent(e.key(), k -> new HashSet<>()).add(e.id());
            }
        }
        Map<String, Integer> wrong = new TreeMap<>();
        for (String id : applicationIds) {
            int count = ids.getOrDefault(id, Set.of()).size();
            if (count != 1) {
                wrong.put(id, count);
            }
        }
        return wrong;
    }

    private static Event parse(ConsumerRecord<String, String> record) {
        JsonNode data;
        try {
            data = record.value() == null ? JSON.nullNode() : JSON.readTree(record.value());
        } catch (JsonProcessingException notJson) {
            data = JSON.getNodeFactory().textNode(record.value()); // a poison message, sent on purpose
        }
        return new Event(record.topic(), record.partition(), record.offset(), record.key(),
                TopicProbe.header(record, "ce_id"), Event.shortType(TopicProbe.header(record, "ce_type")), data);
    }

    @Override
    public void close() {
        probe.close();
    }
}
