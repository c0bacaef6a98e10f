package org.mentorcred.exam.result.weights;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.mentorcred.exam.common.Topic;

/**
 * The weighted score of one exam: Σ score × weight / 100 over the eight topics.
 *
 * <p>Rounding: each topic's weighted points are exact (a score with at most two decimals times a weight with at
 * most two decimals, divided by 100). Their sum is rounded once, half up, to two decimals; that published score
 * decides the result, so a candidate shown 70.00 with a pass mark of 70 has passed.
 */
public record WeightedScore(List<TopicPoints> topics, BigDecimal weightedScore, BigDecimal passMark, boolean passed) {

    public static final int SCALE = 2;

    public record TopicPoints(Topic topic, BigDecimal score, BigDecimal weightPercent, BigDecimal weightedPoints) {
    }

    /**
     * @param weights the level's weight per topic (all eight)
     * @param scores the raw score per topic, 0 to 100 (all eight)
     */
    public static WeightedScore of(Map<Topic, BigDecimal> weights, Map<Topic, BigDecimal> scores, BigDecimal passMark) {
        List<TopicPoints> topics = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Topic topic : Topic.values()) {
            BigDecimal weight = weights.get(topic);
            BigDecimal score = scores.get(topic);
            if (weight == null || score == null) {
                throw new IllegalArgumentException("No " + (weight == null ? "weight" : "score") + " for " + topic);
            }
            BigDecimal points = score.multiply(weight).movePointLeft(2);
            topics.add(new TopicPoints(topic, score, weight, points));
            sum = sum.add(points);
        }
        BigDecimal weighted = sum.setScale(SCALE, RoundingMode.HALF_UP);
        return new WeightedScore(List.copyOf(topics), weighted, passMark, weighted.compareTo(passMark) >= 0);
    }
}
