package org.mentorcred.exam.calendar.rest;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The quarterly calendar template: the weekOfMonth-th dayOfWeek of each month, at each local start time")
public record TemplateView(
        @Schema(examples = "[3,6,9,12]") List<Integer> months,
        @Schema(description = "1 to 4, or -1 for the last", examples = "3") int weekOfMonth,
        @Schema(examples = "SATURDAY") DayOfWeek dayOfWeek,
        @Schema(examples = "[\"09:00:00\"]") List<LocalTime> startTimes) {
}
