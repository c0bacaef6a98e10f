package org.mentorcred.application.application.section;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "credential_held")
public class CredentialHeld {

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    public String body;

    public String credential;

    @Column(name = "international_body")
    public boolean internationalBody;

    @Column(name = "awarded_on")
    public LocalDate awardedOn;

    @Column(name = "document_id")
    public UUID documentId;

    @Column(name = "created_at")
    public Instant createdAt;
}
