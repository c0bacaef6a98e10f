package org.mentorcred.exam.result.rest;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.exam.common.Level;
import org.mentorcred.exam.common.Topic;

@Schema(description = "The scoring rules in force: each level's topic weights (summing to 100 %) and pass mark")
public record WeightsView(
        @Schema(description = "Version of the weight table", examples = "1") int version,
        List<LevelWeights> levels) {

    public record LevelWeights(
            @Schema(examples = "PM") Level level,
            @Schema(description = "Minimum weighted score to pass", examples = "70") BigDecimal passMark,
            List<TopicWeight> topics) {
    }

    public record TopicWeight(
            @Schema(examples = "COACHING_SKILLS") Topic topic,
            @Schema(examples = "30") BigDecimal weightPercent) {
    }
}
