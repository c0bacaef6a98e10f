package org.mentorcred.application.application.section;

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

import org.mentorcred.application.evidence.CentreType;
import org.mentorcred.application.evidence.CourseLevel;
import org.mentorcred.application.evidence.TrainingEvidenceKind;
import org.mentorcred.application.evidence.TrainingMode;

/** A training the applicant declares, with its certificate or letter. */
@Entity
@Table(name = "training")
public class Training {

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "centre_name")
    public String centreName;

    @Enumerated(EnumType.STRING)
    @Column(name = "centre_type")
    public CentreType centreType;

    @Column(name = "programme_name")
    public String programmeName;

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

    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_kind")
    public TrainingEvidenceKind evidence;

    @Column(name = "document_id")
    public UUID documentId;

    @Column(name = "created_at")
    public Instant createdAt;
}
