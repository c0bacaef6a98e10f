package org.mentorcred.exam.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mentorcred.exam.calendar.service.CalendarTemplate;

class CalendarTemplateTest {

    @Test
    void theDefaultTemplateIsTheThirdSaturdayOfEachQuarterAtNine() {
        CalendarTemplate template = new CalendarTemplate(List.of(3, 6, 9, 12), 3, DayOfWeek.SATURDAY,
                List.of(LocalTime.of(9, 0)));
        assertEquals(List.of(LocalDateTime.parse("2027-03-20T09:00"), LocalDateTime.parse("2027-06-19T09:00"),
                LocalDateTime.parse("2027-09-18T09:00"), LocalDateTime.parse("2027-12-18T09:00")),
                template.localStarts(2027));
    }

    @Test
    void lastWeekdayOfTheMonthAndSeveralStartTimes() {
        CalendarTemplate template = new CalendarTemplate(List.of(12, 6), -1, DayOfWeek.SATURDAY,
                List.of(LocalTime.of(14, 0), LocalTime.of(9, 0)));
        assertEquals(List.of(LocalDateTime.parse("2027-06-26T09:00"), LocalDateTime.parse("2027-06-26T14:00"),
                LocalDateTime.parse("2027-12-25T09:00"), LocalDateTime.parse("2027-12-25T14:00")),
                template.localStarts(2027));
    }

    @Test
    void aTemplateThatMakesNoSenseIsRefused() {
        List<LocalTime> nine = List.of(LocalTime.of(9, 0));
        assertThrows(IllegalArgumentException.class, () -> new CalendarTemplate(List.of(13), 3, DayOfWeek.SATURDAY, nine));
        assertThrows(IllegalArgumentException.class, () -> new CalendarTemplate(List.of(3, 3), 3, DayOfWeek.SATURDAY, nine));
        assertThrows(IllegalArgumentException.class, () -> new CalendarTemplate(List.of(3), 5, DayOfWeek.SATURDAY, nine));
        assertThrows(IllegalArgumentException.class, () -> new CalendarTemplate(List.of(3), 0, DayOfWeek.SATURDAY, nine));
        assertThrows(IllegalArgumentException.class, () -> new CalendarTemplate(List.of(3), 3, DayOfWeek.SATURDAY, List.of()));
    }
}
