package org.mentorcred.application.application.section;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.mentorcred.application.evidence.RefereeRole;
import org.mentorcred.application.evidence.ReferenceKind;

/** An engagement's reference: its own id lets reviewers' reference checks point at it. */
@Embeddable
public class Reference {

    @Column(name = "reference_id")
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "reference_kind")
    public ReferenceKind kind;

    @Column(name = "referee_name")
    public String refereeName;

    @Column(name = "referee_email")
    public String refereeEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "referee_role")
    public RefereeRole refereeRole;

    @Column(name = "reference_document_id")
    public UUID documentId;

    @Column(name = "reference_consent")
    public Boolean consentToContact;

    @Column(name = "reference_confidential")
    public Boolean confidential;
}
