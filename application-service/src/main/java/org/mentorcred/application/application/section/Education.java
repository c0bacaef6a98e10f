package org.mentorcred.application.application.section;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.mentorcred.application.evidence.EducationLevel;

@Embeddable
public class Education {

    @Enumerated(EnumType.STRING)
    @Column(name = "education_level")
    public EducationLevel level;

    @Column(name = "education_institution")
    public String institution;

    @Column(name = "education_qualification")
    public String qualification;

    @Column(name = "education_awarded_on")
    public LocalDate awardedOn;

    @Column(name = "education_document_id")
    public UUID documentId;
}
