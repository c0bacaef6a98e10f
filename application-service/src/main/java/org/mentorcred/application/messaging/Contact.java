package org.mentorcred.application.messaging;

import java.util.UUID;

import org.mentorcred.application.applicant.Applicant;

/** Who an event concerns and how to reach them (the {@code applicant} object of several events). */
public record Contact(UUID applicantId, String name, String email, String preferredLanguage) {

    public static Contact of(Applicant a) {
        return new Contact(a.id, a.name, a.email, a.preferredLanguage);
    }
}
