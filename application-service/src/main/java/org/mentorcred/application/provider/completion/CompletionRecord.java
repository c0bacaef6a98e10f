package org.mentorcred.application.provider.completion;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.mentorcred.application.evidence.CourseLevel;
import org.mentorcred.application.evidence.TrainingMode;

/**
 * A course completion a partner reported. Written by {@link CompletionService}'s upsert (one row per provider
 * and provider record id); read here. It belongs to whichever applicant has the learner's e-mail, so an
 * applicant who signs up or changes their e-mail later finds their records then.
 */
@Entity
@Table(name = "completion_record")
public class CompletionRecord {

    @Id
    public UUID id;

    @Column(name = "provider_id")
    public UUID providerId;

    @Column(name = "provider_record_id")
    public String providerRecordId;

    @Column(name = "learner_email")
    public String learnerEmail;

    @Column(name = "learner_name")
    public String learnerName;

    @Column(name = "course_name")
    public String courseName;

    @Enumerated(EnumType.STRING)
    public CourseLevel level;

    public BigDecimal hours;

    @Column(name = "in_person_days")
    public BigDecimal inPersonDays;

    @Enumerated(EnumType.STRING)
    public TrainingMode mode;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "instructor_name")
    public String instructorName;

    @Column(name = "instructor_email")
    public String instructorEmail;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
