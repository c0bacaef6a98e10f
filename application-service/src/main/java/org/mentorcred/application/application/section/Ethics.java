package org.mentorcred.application.application.section;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Ethics {

    @Column(name = "ethics_accepted_at")
    public Instant acceptedAt;

    @Column(name = "ethics_code_version")
    public String codeVersion;
}
