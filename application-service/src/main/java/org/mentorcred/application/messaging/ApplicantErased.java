package org.mentorcred.application.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code events/schemas/ApplicantErased.v1.schema.json}: one per application of an applicant who asked to be
 * erased, keyed by the application, so that it follows everything said about that application before.
 */
public record ApplicantErased(UUID applicationId, UUID applicantId, String subject, Instant erasedAt) {
}
