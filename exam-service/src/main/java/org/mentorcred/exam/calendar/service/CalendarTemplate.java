package org.mentorcred.exam.calendar.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.mentorcred.exam.calendar.config.CalendarConfig;

/** The local dates and times a year's sessions fall on, from the configured template. */
public record CalendarTemplate(List<Integer> months, int weekOfMonth, DayOfWeek dayOfWeek, List<LocalTime> startTimes) {

    public CalendarTemplate {
        if (months.isEmpty() || months.stream().anyMatch(m -> m < 1 || m > 12) || months.stream().distinct().count() != months.size()) {
            throw new IllegalArgumentException("Calendar months must be distinct values from 1 to 12: " + months);
        }
        if (weekOfMonth != -1 && (weekOfMonth < 1 || weekOfMonth > 4)) {
            throw new IllegalArgumentException("Calendar week-of-month must be 1 to 4 or -1 (last): " + weekOfMonth);
        }
        if (startTimes.isEmpty() || startTimes.stream().distinct().count() != startTimes.size()) {
            throw new IllegalArgumentException("Calendar start times must be distinct and not empty: " + startTimes);
        }
        months = List.copyOf(months);
        startTimes = List.copyOf(startTimes);
    }

    public static CalendarTemplate of(CalendarConfig config) {
        return new CalendarTemplate(config.months(), config.weekOfMonth(), config.dayOfWeek(), config.startTimes());
    }

    /** Every session start of {@code year} in local time, in calendar order. */
    public List<LocalDateTime> localStarts(int year) {
        List<LocalDateTime> starts = new ArrayList<>();
        months.stream().sorted().forEach(month -> {
            LocalDate day = LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(weekOfMonth, dayOfWeek));
            startTimes.stream().sorted().forEach(time -> starts.add(day.atTime(time)));
        });
        return starts;
    }
}
