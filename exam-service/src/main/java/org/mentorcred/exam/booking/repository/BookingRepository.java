package org.mentorcred.exam.booking.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorcred.commons.api.PageParams;
import org.mentorcred.exam.booking.Booking;
import org.mentorcred.exam.booking.BookingStatus;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class BookingRepository implements PanacheRepositoryBase<Booking, UUID> {

    public Optional<Booking> activeOf(UUID authorizationId) {
        return find("authorizationId = ?1 and status = ?2", authorizationId, BookingStatus.BOOKED).firstResultOptional();
    }

    public List<Booking> activeOnSession(UUID sessionId) {
        return list("sessionId = ?1 and status = ?2", Sort.by("bookedAt").and("id"), sessionId, BookingStatus.BOOKED);
    }

    /** Ids of bookings still BOOKED whose session started before {@code startedBefore}, oldest session first. */
    @SuppressWarnings("unchecked")
    public List<UUID> noShowsDue(Instant startedBefore, int limit) {
        return getEntityManager().createNativeQuery("""
                SELECT b.id FROM booking b JOIN exam_session s ON s.id = b.session_id
                WHERE b.status = 'BOOKED' AND s.starts_at < ?1
                ORDER BY s.starts_at, b.id
                LIMIT ?2""", UUID.class)
                .setParameter(1, startedBefore)
                .setParameter(2, limit)
                .getResultList();
    }

    /**
     * The booking, locked for the caller's transaction, if it is still BOOKED and nobody else holds it
     * ({@code SKIP LOCKED}: instances running the no-show job at once each take other bookings).
     */
    @SuppressWarnings("unchecked")
    public Optional<Booking> lockIfBooked(UUID id) {
        List<Booking> found = getEntityManager().createNativeQuery("""
                SELECT * FROM booking WHERE id = ?1 AND status = 'BOOKED' FOR UPDATE SKIP LOCKED""", Booking.class)
                .setParameter(1, id)
                .getResultList();
        return found.stream().findFirst();
    }

    public PanacheQuery<Booking> search(String subject, UUID sessionId, UUID applicationId, BookingStatus status,
            PageParams page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (subject != null) {
            where.append(" and subject = :subject");
            params.and("subject", subject);
        }
        if (sessionId != null) {
            where.append(" and sessionId = :sessionId");
            params.and("sessionId", sessionId);
        }
        if (applicationId != null) {
            where.append(" and applicationId = :applicationId");
            params.and("applicationId", applicationId);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        return find(where.toString(), Sort.descending("bookedAt").and("id"), params).page(Page.of(page.page, page.size));
    }
}
