package org.mentorcred.systemtests.api;

/** A person applying, as the suite knows them: the token subject, the profile's name and email address. */
public record Applicant(String subject, String name, String email) {
}
