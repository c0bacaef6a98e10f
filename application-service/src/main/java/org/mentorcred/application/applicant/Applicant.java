package org.mentorcred.application.applicant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mentorcred.application.evidence.EducationLevel;

/** A person who applies, bound to their token's subject. */
@Entity
@Table(name = "applicant")
public class Applicant {

    @Id
    public UUID id;

    public String subject;

    public String name;

    public String email;

    /**
     * Whether the identity provider vouched for {@link #email} (the caller's token had it with
     * {@code email_verified}); cleared when the address changes. Partner records are matched only to a verified one.
     */
    @Column(name = "email_verified")
    public boolean emailVerified;

    @Column(name = "preferred_language")
    public String preferredLanguage;

    public String country;

    public String city;

    public double latitude;

    public double longitude;

    @Enumerated(EnumType.STRING)
    @Column(name = "highest_education")
    public EducationLevel highestEducation;

    public boolean member;

    @Column(name = "member_since")
    public LocalDate memberSince;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
