package org.mentorcred.commons.testapp;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Note {

    @Id
    public UUID id;

    public String text;
}
