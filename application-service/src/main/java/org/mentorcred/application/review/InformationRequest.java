package org.mentorcred.application.review;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reviewer's question to the applicant, and the applicant's answer. */
@Entity
@Table(name = "information_request")
public class InformationRequest {

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    public String question;

    @Column(name = "asked_by")
    public String askedBy;

    @Column(name = "asked_at")
    public Instant askedAt;

    public String answer;

    @Column(name = "answered_by")
    public String answeredBy;

    @Column(name = "answered_at")
    public Instant answeredAt;

    public boolean open() {
        return answeredAt == null;
    }
}
