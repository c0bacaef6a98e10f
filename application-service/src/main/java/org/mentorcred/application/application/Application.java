package org.mentorcred.application.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.ColumnTransformer;
import org.mentorcred.application.applicant.Applicant;
import org.mentorcred.application.application.section.Contribution;
import org.mentorcred.application.application.section.Education;
import org.mentorcred.application.application.section.Ethics;
import org.mentorcred.application.application.section.Experience;
import org.mentorcred.application.application.section.Supervision;
import org.mentorcred.application.programme.ProgrammeCode;
import org.mentorcred.application.provider.TrainingProvider;

/**
 * An application to one programme: its status, its single-valued sections (the list sections live in their
 * own tables), and, once submitted, the evidence exactly as submitted. Every change to it or its sections
 * raises {@link #version}, which is the ETag clients send back in {@code If-Match}.
 */
@Entity
@Table(name = "application")
public class Application {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "applicant_id")
    public Applicant applicant;

    @Enumerated(EnumType.STRING)
    public ProgrammeCode programme;

    @Enumerated(EnumType.STRING)
    public ApplicationStatus status;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "catalogue_version")
    public String catalogueVersion;

    /** JSON of the {@code Evidence} as submitted; later partner updates do not change what was judged. */
    @Column(name = "submitted_evidence")
    @ColumnTransformer(write = "CAST(? AS jsonb)")
    public String submittedEvidence;

    @Embedded
    public Supervision supervision;

    @Embedded
    public Education education;

    @Embedded
    public Experience experience;

    @Embedded
    public Ethics ethics;

    @Embedded
    public Contribution contribution;

    @Enumerated(EnumType.STRING)
    @Column(name = "provider_assignment")
    public ProviderAssignment providerAssignment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assigned_provider_id")
    public TrainingProvider assignedProvider;

    @Column(name = "assigned_distance_km")
    public BigDecimal assignedDistanceKm;

    @Column(name = "provider_assigned_at")
    public Instant providerAssignedAt;

    /** Marks the application changed, so its version rises even when only a section row changed. */
    public void touch(Instant now) {
        updatedAt = now;
    }
}
