package org.mentorcred.application.common;

import org.mentorcred.commons.security.CurrentUser;
import org.mentorcred.commons.security.Roles;

/** Who made a change, as the timeline records it: a token's subject and role, or the system itself. */
public record Actor(String subject, String role) {

    public static final Actor SYSTEM = new Actor("system", "system");

    /** The caller, with the most privileged of their roles. */
    public static Actor of(CurrentUser user) {
        for (String role : new String[] { Roles.ADMIN, Roles.REVIEWER, Roles.FINANCE, Roles.PROCTOR, Roles.APPLICANT }) {
            if (user.hasRole(role)) {
                return new Actor(user.subject(), role);
            }
        }
        return new Actor(user.subject(), "unknown");
    }
}
