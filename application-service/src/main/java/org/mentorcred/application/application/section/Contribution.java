package org.mentorcred.application.application.section;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Contribution {

    @Column(name = "contribution_statement")
    public String statement;

    @Column(name = "contribution_document_ids")
    public UUID[] documentIds;
}
