package org.mentorcred.application.application.section;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.mentorcred.application.evidence.SupervisionFocus;

/** The supervision declaration; null on the application until given. */
@Embeddable
public class Supervision {

    @Column(name = "supervisor_name")
    public String supervisorName;

    @Column(name = "supervisor_email")
    public String supervisorEmail;

    @Column(name = "supervisor_postal_address")
    public String postalAddress;

    @Enumerated(EnumType.STRING)
    @Column(name = "supervision_focus")
    public SupervisionFocus focus;
}
