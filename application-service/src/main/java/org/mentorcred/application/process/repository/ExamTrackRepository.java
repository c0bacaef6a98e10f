package org.mentorcred.application.process.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorcred.application.application.ApplicationStatus;
import org.mentorcred.application.process.ExamTrack;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ExamTrackRepository implements PanacheRepositoryBase<ExamTrack, UUID> {

    /** Failed applications whose retake may be authorised on {@code today}. */
    public List<UUID> retakesDue(LocalDate today, int limit) {
        return getEntityManager().createQuery("""
                SELECT e.applicationId FROM ExamTrack e, Application a
                WHERE a.id = e.applicationId AND a.status = :failed AND e.retakeAllowedFrom <= :today
                ORDER BY e.retakeAllowedFrom, e.applicationId""", UUID.class)
                .setParameter("failed", ApplicationStatus.EXAM_FAILED)
                .setParameter("today", today)
                .setMaxResults(limit)
                .getResultList();
    }
}
