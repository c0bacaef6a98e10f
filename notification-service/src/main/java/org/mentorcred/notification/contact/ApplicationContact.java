package org.mentorcred.notification.contact;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Who an application's emails go to, kept from the application events that name the applicant. */
@Entity
@Table(name = "application_contact")
public class ApplicationContact {

    @Id
    @Column(name = "application_id")
    public UUID applicationId;

    public String name;

    public String email;

    @Column(name = "preferred_language")
    public String preferredLanguage;

    public String programme;

    @Column(name = "source_event_type")
    public String sourceEventType;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** When the applicant was erased; from then on nothing is emailed to them. */
    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;
}
