package org.mentorcred.application.process;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

/** An event that did not fit its application's state, or named no known application; kept for an operator. */
@Entity
@Table(name = "unexpected_event")
public class UnexpectedEvent {

    @Id
    @SequenceGenerator(name = "unexpected_event_id", sequenceName = "unexpected_event_id_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unexpected_event_id")
    public Long id;

    @Column(name = "event_id")
    public String eventId;

    @Column(name = "event_type")
    public String eventType;

    public String topic;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "application_status")
    public String applicationStatus;

    public String reason;

    @ColumnTransformer(write = "CAST(? AS jsonb)")
    public String payload;

    @Column(name = "received_at")
    public Instant receivedAt;
}
