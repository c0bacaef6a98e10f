package org.mentorcred.notification.messaging.events;

/** Constraints on links that events carry into emails. */
public final class Links {

    /** Only web links: a {@code javascript:} or {@code data:} URL never reaches an email. */
    public static final String HTTP_URL = "https?://[^\\s\"'<>]+";

    private Links() {
    }
}
