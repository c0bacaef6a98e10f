package org.mentorcred.notification.delivery;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One email to one recipient, and what became of it: a row of the delivery log. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    public UUID id;

    /** The event that caused it ({@code ce_id}). */
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "event_type")
    public String eventType;

    @Column(name = "application_id")
    public UUID applicationId;

    public String template;

    public String recipient;

    public String language;

    public String subject;

    @Column(name = "html_body")
    public String htmlBody;

    @Column(name = "text_body")
    public String textBody;

    /** JSON of the template model, kept only while the recipient is unknown. */
    public String model;

    @Enumerated(EnumType.STRING)
    public NotificationStatus status;

    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** The notification this one sends again, if it is a resend. */
    @Column(name = "resend_of")
    public UUID resendOf;
}
