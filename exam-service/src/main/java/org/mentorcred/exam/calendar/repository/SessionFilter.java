package org.mentorcred.exam.calendar.repository;

import java.time.LocalDate;
import java.util.UUID;

import org.mentorcred.exam.calendar.SessionStatus;
import org.mentorcred.exam.common.Level;

/**
 * What the public session listing filters on; every field is optional. {@code level} matches sessions of that
 * level and sessions open to every level; {@code from}/{@code to} are dates in each centre's own time zone.
 */
public record SessionFilter(Level level, String country, String city, UUID centreId, LocalDate from, LocalDate to,
        Integer minSeatsLeft, SessionStatus status) {
}
