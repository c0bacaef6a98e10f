package org.mentorcred.exam.result;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.mentorcred.exam.common.Level;
import org.mentorcred.exam.common.Topic;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The scores a proctor recorded for one booking, weighted with the level's weights of the time. */
@Entity
@Table(name = "exam_result")
public class ExamResult extends PanacheEntityBase {

    @Embeddable
    public static class TopicScore {

        @Enumerated(EnumType.STRING)
        public Topic topic;

        public BigDecimal score;

        @Column(name = "weight_percent")
        public BigDecimal weightPercent;

        @Column(name = "weighted_points")
        public BigDecimal weightedPoints;
    }

    @Id
    public UUID id;

    @Column(name = "booking_id")
    public UUID bookingId;

    @Column(name = "authorization_id")
    public UUID authorizationId;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "candidate_id")
    public UUID candidateId;

    public String subject;

    @Enumerated(EnumType.STRING)
    public Level level;

    @Column(name = "weights_version")
    public int weightsVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "exam_result_score", joinColumns = @JoinColumn(name = "result_id"))
    public List<TopicScore> scores = new ArrayList<>();

    @Column(name = "weighted_score")
    public BigDecimal weightedScore;

    @Column(name = "pass_mark")
    public BigDecimal passMark;

    public boolean passed;

    /** The candidate did not attend: recorded by the no-show job, every score 0. */
    @Column(name = "no_show")
    public boolean noShow;

    /** The exam's date at the centre (local time). */
    @Column(name = "exam_date")
    public LocalDate examDate;

    @Column(name = "attempt_number")
    public int attemptNumber;

    @Column(name = "attempts_allowed")
    public int attemptsAllowed;

    @Column(name = "attempts_remaining")
    public int attemptsRemaining;

    @Column(name = "retake_allowed_from")
    public LocalDate retakeAllowedFrom;

    /** The proctor's token subject. */
    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
