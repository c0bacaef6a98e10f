package org.mentorcred.application.provider;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mentorcred.application.evidence.CentreType;

/** A partner training provider: a training centre or a QTSP. Partners push completion records with API keys. */
@Entity
@Table(name = "training_provider")
public class TrainingProvider {

    @Id
    public UUID id;

    public String name;

    @Enumerated(EnumType.STRING)
    public CentreType type;

    public String address;

    public String city;

    public String country;

    public double latitude;

    public double longitude;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "preferred_language")
    public String preferredLanguage;

    public boolean active;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
