package org.mentorcred.exam.calendar.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;

import org.hibernate.query.NativeQuery;
import org.mentorcred.commons.api.PageParams;
import org.mentorcred.exam.calendar.ExamSession;
import org.mentorcred.exam.calendar.SessionStatus;
import org.mentorcred.exam.common.Level;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<ExamSession, UUID> {

    public record Found(List<UUID> ids, long total) {
    }

    /**
     * Takes one seat if the session is still as the caller read it ({@code expectedVersion}: not moved or
     * cancelled since), scheduled and not full. The row lock this UPDATE takes serialises concurrent bookings of
     * one session across every instance, and PostgreSQL re-checks the WHERE clause after waiting for it, so
     * overbooking is impossible. Callers take the seat as the last statement of their transaction, so the lock
     * is held only until the commit.
     *
     * @return the seats taken afterwards, or empty if no seat was taken
     */
    public OptionalInt takeSeat(UUID sessionId, int expectedVersion) {
        List<?> taken = getEntityManager().createNativeQuery("""
                UPDATE exam_session SET seats_taken = seats_taken + 1
                WHERE id = ?1 AND version = ?2 AND seats_taken < seats AND status = 'SCHEDULED'
                RETURNING seats_taken""")
                .setParameter(1, sessionId)
                .setParameter(2, expectedVersion)
                .getResultList();
        return taken.isEmpty() ? OptionalInt.empty() : OptionalInt.of(((Number) taken.get(0)).intValue());
    }

    /** Gives back {@code count} seats (cancellations). */
    public void releaseSeats(UUID sessionId, int count) {
        getEntityManager().createNativeQuery("""
                UPDATE exam_session SET seats_taken = greatest(0, seats_taken - ?2) WHERE id = ?1""")
                .setParameter(1, sessionId)
                .setParameter(2, count)
                .executeUpdate();
    }

    /** The session, locked for this transaction (admin changes), with its current seat count. */
    public ExamSession lock(UUID sessionId) {
        ExamSession session = findById(sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session != null) {
            getEntityManager().refresh(session, LockModeType.PESSIMISTIC_WRITE);
        }
        return session;
    }

    /** Re-reads a session after a native seat update in this transaction. */
    public ExamSession reload(ExamSession session) {
        getEntityManager().refresh(session);
        return session;
    }

    /**
     * Inserts a session generated from the calendar template unless its template slot (or its physical slot)
     * already holds one.
     *
     * @return whether it was created
     */
    public boolean insertFromTemplate(UUID id, UUID centreId, Level level, Instant startsAt, int seats, Instant now) {
        return getEntityManager().createNativeQuery("""
                INSERT INTO exam_session (id, centre_id, level, starts_at, seats, seats_taken, status, origin,
                                          template_centre_id, template_starts_at, version, created_at, updated_at)
                VALUES (?1, ?2, ?3, ?4, ?5, 0, 'SCHEDULED', 'TEMPLATE', ?2, ?4, 0, ?6, ?6)
                ON CONFLICT DO NOTHING""")
                .unwrap(NativeQuery.class)
                .setParameter(1, id)
                .setParameter(2, centreId)
                .setParameter(3, level == null ? null : level.name(), String.class)
                .setParameter(4, startsAt)
                .setParameter(5, seats)
                .setParameter(6, now)
                .executeUpdate() == 1;
    }

    /** Whether another scheduled session holds this centre, level and start already. */
    public boolean slotTaken(UUID centreId, Level level, Instant startsAt, UUID exceptId) {
        String query = "centreId = ?1 and startsAt = ?2 and status = ?3 and id <> ?4 and "
                + (level == null ? "level is null" : "level = ?5");
        Object[] params = level == null
                ? new Object[] { centreId, startsAt, SessionStatus.SCHEDULED, exceptId }
                : new Object[] { centreId, startsAt, SessionStatus.SCHEDULED, exceptId, level };
        return count(query, params) > 0;
    }

    public Found search(SessionFilter filter, PageParams page) {
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.level() != null) {
            where.append(" AND (s.level = :level OR s.level IS NULL)");
            params.put("level", filter.level().name());
        }
        if (filter.country() != null) {
            where.append(" AND c.country = :country");
            params.put("country", filter.country());
        }
        if (filter.city() != null) {
            where.append(" AND lower(c.city) = :city");
            params.put("city", filter.city().toLowerCase(Locale.ROOT));
        }
        if (filter.centreId() != null) {
            where.append(" AND s.centre_id = :centreId");
            params.put("centreId", filter.centreId());
        }
        if (filter.from() != null) {
            where.append(" AND (s.starts_at AT TIME ZONE c.time_zone)::date >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" AND (s.starts_at AT TIME ZONE c.time_zone)::date <= :to");
            params.put("to", filter.to());
        }
        if (filter.minSeatsLeft() != null) {
            where.append(" AND s.seats - s.seats_taken >= :minSeatsLeft");
            params.put("minSeatsLeft", filter.minSeatsLeft());
        }
        if (filter.status() != null) {
            where.append(" AND s.status = :status");
            params.put("status", filter.status().name());
        }
        String from = " FROM exam_session s JOIN testing_centre c ON c.id = s.centre_id ";
        Query count = getEntityManager().createNativeQuery("SELECT count(*)" + from + where);
        Query select = getEntityManager().createNativeQuery("SELECT s.id" + from + where
                + " ORDER BY s.starts_at, c.country, c.city, s.id LIMIT :limit OFFSET :offset");
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        select.setParameter("limit", page.size).setParameter("offset", page.offset());
        long total = ((Number) count.getSingleResult()).longValue();
        List<UUID> ids = new ArrayList<>();
        for (Object id : select.getResultList()) {
            ids.add((UUID) id);
        }
        return new Found(ids, total);
    }

    /** The sessions with these ids, in the order of {@code ids}. */
    public List<ExamSession> inOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, ExamSession> byId = new HashMap<>();
        list("id in ?1", ids).forEach(s -> byId.put(s.id, s));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
