package org.mentorcred.application.process.messaging.incoming;

import java.time.Instant;
import java.util.UUID;

/** The session part of exam-service's booking events. */
public record ExamSession(UUID sessionId, Instant startsAt, Centre centre) {

    public record Centre(String name, String city, String country) {
    }

    /** "2027-03-15T09:00:00Z at MentorCred Testing Centre London, London" */
    public String describe() {
        String where = centre == null ? "" : " at " + centre.name() + (centre.city() == null ? "" : ", " + centre.city());
        return startsAt + where;
    }
}
