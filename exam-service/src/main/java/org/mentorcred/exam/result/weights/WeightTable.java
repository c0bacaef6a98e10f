package org.mentorcred.exam.result.weights;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.mentorcred.exam.common.Level;
import org.mentorcred.exam.common.Topic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The weight (percent) of each topic in the score of each level: a versioned table, loaded from data and
 * refused unless every level weighs all eight topics, each from 0 to 100 with at most two decimals, summing to
 * exactly 100.
 */
public final class WeightTable {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final int version;
    private final Map<Level, Map<Topic, BigDecimal>> weights;

    public WeightTable(int version, Map<Level, Map<Topic, BigDecimal>> weights) {
        List<String> errors = new ArrayList<>();
        if (version < 1) {
            errors.add("version must be 1 or more, was " + version);
        }
        Map<Level, Map<Topic, BigDecimal>> copy = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            Map<Topic, BigDecimal> ofLevel = weights.get(level);
            if (ofLevel == null) {
                errors.add(level + ": missing");
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (Topic topic : Topic.values()) {
                BigDecimal weight = ofLevel.get(topic);
                if (weight == null) {
                    errors.add(level + "." + topic + ": missing");
                } else if (weight.signum() < 0 || weight.compareTo(HUNDRED) > 0 || weight.stripTrailingZeros().scale() > 2) {
                    errors.add(level + "." + topic + ": " + weight + " is not a percentage from 0 to 100 with at most two decimals");
                } else {
                    sum = sum.add(weight);
                }
            }
            if (sum.compareTo(HUNDRED) != 0 && ofLevel.keySet().containsAll(List.of(Topic.values()))) {
                errors.add(level + ": weights sum to " + sum.stripTrailingZeros().toPlainString() + "%, not 100%");
            }
            copy.put(level, Collections.unmodifiableMap(new EnumMap<>(ofLevel)));
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("Invalid exam weight table v" + version + ": " + String.join("; ", errors));
        }
        this.version = version;
        this.weights = Collections.unmodifiableMap(copy);
    }

    /** Reads the table's JSON ({@code {"version": 1, "levels": {"AM": {"COACHING_SKILLS": 30, …}, …}}}). */
    public static WeightTable read(InputStream json, ObjectMapper mapper) throws IOException {
        JsonNode root = mapper.readTree(json);
        if (root == null || !root.path("version").canConvertToInt() || !root.path("levels").isObject()) {
            throw new IllegalArgumentException("An exam weight table needs a numeric version and a levels object");
        }
        Map<Level, Map<Topic, BigDecimal>> weights = new EnumMap<>(Level.class);
        for (Iterator<Map.Entry<String, JsonNode>> levels = root.get("levels").fields(); levels.hasNext();) {
            Map.Entry<String, JsonNode> level = levels.next();
            Level parsedLevel = parse(Level.class, level.getKey(), "level");
            Map<Topic, BigDecimal> ofLevel = new EnumMap<>(Topic.class);
            for (Iterator<Map.Entry<String, JsonNode>> topics = level.getValue().fields(); topics.hasNext();) {
                Map.Entry<String, JsonNode> topic = topics.next();
                if (!topic.getValue().isNumber()) {
                    throw new IllegalArgumentException(level.getKey() + "." + topic.getKey() + " is not a number");
                }
                ofLevel.put(parse(Topic.class, topic.getKey(), "topic"), topic.getValue().decimalValue());
            }
            weights.put(parsedLevel, ofLevel);
        }
        return new WeightTable(root.get("version").asInt(), weights);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String what) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown " + what + " " + name + " in the exam weight table");
        }
    }

    public int version() {
        return version;
    }

    /** The topic weights of {@code level}, in topic order. */
    public Map<Topic, BigDecimal> of(Level level) {
        return weights.get(level);
    }

    public Map<Level, Map<Topic, BigDecimal>> all() {
        return weights;
    }
}
