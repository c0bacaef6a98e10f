package org.mentorcred.notification.delivery.repository;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorcred.commons.api.PageParams;
import org.mentorcred.notification.delivery.Notification;
import org.mentorcred.notification.delivery.NotificationStatus;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /** An email a dispatcher has claimed: its content and the attempt it is on. */
    public record Claim(UUID id, String recipient, String subject, String html, String text, int attempt) {
    }

    /** Filters of the admin list; null means any. */
    public record Filter(UUID applicationId, String recipient, NotificationStatus status, String template) {
    }

    /** Whether an event already caused its email from {@code template} (resends aside). */
    public boolean exists(String eventId, String template) {
        return count("eventId = ?1 and template = ?2 and resendOf is null", eventId, template) > 0;
    }

    public List<Notification> waitingFor(UUID applicationId) {
        return list("applicationId = ?1 and status = ?2", Sort.by("createdAt"), applicationId,
                NotificationStatus.WAITING_FOR_RECIPIENT);
    }

    /**
     * Claims up to {@code limit} due emails for this instance: counts the attempt and moves the next one past
     * {@code lease}, so no other dispatcher takes them meanwhile. Rows another dispatcher is claiming are
     * skipped, not waited for. The claims come in the order the emails were queued ({@code UPDATE ... RETURNING}
     * alone has no order). Must run in a (short) transaction of its own.
     */
    @SuppressWarnings("unchecked")
    public List<Claim> claimDue(int limit, Duration lease) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                WITH claimed AS (
                    UPDATE notification SET attempts = attempts + 1, updated_at = now(),
                        next_attempt_at = now() + ?2 * interval '1 millisecond'
                    WHERE id IN (SELECT id FROM notification
                                 WHERE status = 'PENDING' AND next_attempt_at <= now()
                                 ORDER BY next_attempt_at LIMIT ?1
                                 FOR UPDATE SKIP LOCKED)
                    RETURNING id, recipient, subject, html_body, text_body, attempts, created_at)
                SELECT id, recipient, subject, html_body, text_body, attempts FROM claimed ORDER BY created_at, id""")
                .setParameter(1, limit)
                .setParameter(2, lease.toMillis())
                .getResultList();
        List<Claim> claims = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            claims.add(new Claim((UUID) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                    ((Number) row[5]).intValue()));
        }
        return claims;
    }

    /**
     * Records a successful send. Conditional on the attempt: if this claim expired and another dispatcher took
     * the email over, its outcome is the one that counts. An email given up while it was being sent (the applicant
     * was erased meanwhile: FAILED, same attempt) was sent all the same, and the log says so.
     */
    public boolean markSent(UUID id, int attempt) {
        return getEntityManager().createNativeQuery("""
                UPDATE notification SET status = 'SENT', sent_at = now(), updated_at = now(),
                    next_attempt_at = NULL, last_error = NULL
                WHERE id = ?1 AND status IN ('PENDING', 'FAILED') AND attempts = ?2""")
                .setParameter(1, id)
                .setParameter(2, attempt)
                .executeUpdate() == 1;
    }

    /** Records a failed attempt: another one after {@code retryIn}, or none (FAILED) if {@code retryIn} is null. */
    public boolean markAttemptFailed(UUID id, int attempt, String error, Duration retryIn) {
        return getEntityManager().createNativeQuery("""
                UPDATE notification SET status = ?3, last_error = ?4, updated_at = now(),
                    next_attempt_at = CASE WHEN ?3 = 'PENDING' THEN now() + ?5 * interval '1 millisecond' END
                WHERE id = ?1 AND status = 'PENDING' AND attempts = ?2""")
                .setParameter(1, id)
                .setParameter(2, attempt)
                .setParameter(3, (retryIn == null ? NotificationStatus.FAILED : NotificationStatus.PENDING).name())
                .setParameter(4, error)
                .setParameter(5, retryIn == null ? 0L : retryIn.toMillis())
                .executeUpdate() == 1;
    }

    /** Newest first. */
    public PanacheQuery<Notification> search(Filter filter, PageParams paging) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.applicationId() != null) {
            where.add("applicationId = :applicationId");
            params.put("applicationId", filter.applicationId());
        }
        if (filter.recipient() != null) {
            where.add("lower(recipient) = :recipient");
            params.put("recipient", filter.recipient().toLowerCase(Locale.ROOT));
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.put("status", filter.status());
        }
        if (filter.template() != null) {
            where.add("template = :template");
            params.put("template", filter.template());
        }
        return find(String.join(" and ", where), Sort.descending("createdAt").and("id"), params)
                .page(Page.of(paging.page, paging.size));
    }
}
