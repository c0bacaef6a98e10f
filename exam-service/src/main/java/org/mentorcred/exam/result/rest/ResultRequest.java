package org.mentorcred.exam.result.rest;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.exam.common.Topic;

@Schema(description = "A candidate's raw score (0-100, at most two decimals) in each of the eight topics; all eight, once each")
public record ResultRequest(@NotNull List<@Valid @NotNull TopicScore> scores) {

    public record TopicScore(
            @Schema(examples = "COACHING_SKILLS") @NotNull Topic topic,
            @Schema(examples = "80") @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            BigDecimal score) {
    }
}
