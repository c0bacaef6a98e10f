package org.mentorcred.application.application.section;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Experience {

    @Column(name = "experience_senior_management_years")
    public BigDecimal seniorManagementYears;

    @Column(name = "experience_head_of_institution")
    public Boolean headOfInstitution;

    @Column(name = "experience_institution_size")
    public Integer institutionSize;

    @Column(name = "experience_mentoring_coaching_years")
    public BigDecimal mentoringCoachingYears;

    @Column(name = "experience_case_record_document_ids")
    public UUID[] caseRecordDocumentIds;
}
