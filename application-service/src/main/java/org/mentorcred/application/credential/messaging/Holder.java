package org.mentorcred.application.credential.messaging;

import java.util.UUID;

import org.mentorcred.application.applicant.Applicant;

/** Who a credential event concerns and how to reach them (the holder's profile as it is now). */
public record Holder(UUID applicantId, String name, String email, String preferredLanguage) {

    public static Holder of(Applicant applicant) {
        return new Holder(applicant.id, applicant.name, applicant.email, applicant.preferredLanguage);
    }
}
