package org.mentorcred.systemtests.support;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * What the broker knows about the services' consumer groups (each service consumes as group {@code <service>}):
 * who is a member, which partitions each holds, and whether a group has caught up with its topics. "Caught up"
 * is the honest signal that a service has seen everything, which a test needs before asserting that something
 * did <em>not</em> happen.
 */
public final class ConsumerGroups implements AutoCloseable {

    private final Admin admin;

    public ConsumerGroups(String bootstrap) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        admin = Admin.create(props);
    }

    /** Each member of {@code group} (by client id and host) with the topic partitions assigned to it. */
    public Map<String, Set<TopicPartition>> assignment(String group) {
        ConsumerGroupDescription description = get(admin.describeConsumerGroups(List.of(group)).describedGroups()
                .get(group));
        Map<String, Set<TopicPartition>> members = new TreeMap<>();
        for (MemberDescription member : description.members()) {
            members.put(member.consumerId(), member.assignment().topicPartitions());
        }
        return members;
    }

    /** Waits until {@code members} members of {@code group} each hold some partition of {@code topic}. */
    public void awaitMembersSharing(String group, String topic, int members, Duration timeout) {
        try {
            Awaitility.await(group + " members sharing " + topic).atMost(timeout).pollInterval(Duration.ofMillis(500))
                    .until(() -> assignment(group).values().stream()
                            .filter(parts -> parts.stream().anyMatch(p -> p.topic().equals(topic)))
                            .count() >= members);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(group + " did not have " + members + " members sharing " + topic + " within "
                    + timeout + ": " + assignment(group), e);
        }
    }

    /**
     * Waits until {@code group} has committed, on every partition of {@code topics}, the topic's end offset as
     * it is now: everything published so far has been processed.
     */
    public void awaitCaughtUp(String group, Duration timeout, String... topics) {
        Map<TopicPartition, Long> ends = endOffsets(topics);
        try {
            Awaitility.await(group + " caught up with " + String.join(", ", topics)).atMost(timeout)
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> lag(group, ends).isEmpty());
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(group + " has not processed everything on " + String.join(", ", topics)
                    + " within " + timeout + "; partitions behind (records): " + lag(group, ends), e);
        }
    }

    private Map<TopicPartition, Long> lag(String group, Map<TopicPartition, Long> ends) {
        Map<TopicPartition, OffsetAndMetadata> committed = get(admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata());
        Map<TopicPartition, Long> behind = new HashMap<>();
        ends.forEach((partition, end) -> {
            OffsetAndMetadata at = committed.get(partition);
            long position = at == null ? 0 : at.offset();
            if (position < end) {
                behind.put(partition, end - position);
            }
        });
        return behind;
    }

    private Map<TopicPartition, Long> endOffsets(String... topics) {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (var entry : get(admin.describeTopics(List.of(topics)).allTopicNames()).entrySet()) {
            entry.getValue().partitions().forEach(p -> request.put(new TopicPartition(entry.getKey(), p.partition()),
                    OffsetSpec.latest()));
        }
        Map<TopicPartition, ListOffsetsResultInfo> answer = get(admin.listOffsets(request).all());
        return answer.entrySet().stream().filter(e -> e.getValue().offset() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private static <T> T get(org.apache.kafka.common.KafkaFuture<T> future) {
        try {
            return future.get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka admin request failed", e);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
