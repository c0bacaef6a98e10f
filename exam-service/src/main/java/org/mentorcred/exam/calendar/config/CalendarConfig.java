package org.mentorcred.exam.calendar.config;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The quarterly calendar template ({@code mentorcred.exam.calendar.*}): on which day of which months sessions
 * are held, and at which local times. Generating a year places one session per centre, date, start time and
 * level (or one for all levels) at the centre's local time.
 */
@ConfigMapping(prefix = "mentorcred.exam.calendar")
public interface CalendarConfig {

    /** Months of the year with an exam sitting (1-12). */
    @WithDefault("3,6,9,12")
    List<Integer> months();

    /** Which occurrence of {@link #dayOfWeek()} in the month: 1 to 4, or -1 for the last. */
    @WithDefault("3")
    int weekOfMonth();

    @WithDefault("SATURDAY")
    DayOfWeek dayOfWeek();

    /** Local start times at the centre; several make several sessions that day. */
    @WithDefault("09:00")
    List<LocalTime> startTimes();
}
