package org.mentorcred.commons.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** Read-only view of an outbox row, for the operations endpoint. Rows are written by {@link Outbox}. */
@Entity
@Immutable
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    public UUID id;

    public long seq;

    public String topic;

    @Column(name = "message_key")
    public String key;

    @Column(name = "event_type")
    public String type;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    public int attempts;

    @Column(name = "last_error")
    public String lastError;
}
