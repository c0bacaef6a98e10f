package org.mentorcred.application.credential;

import static org.mentorcred.application.credential.CredentialStatus.ACTIVE;
import static org.mentorcred.application.credential.CredentialStatus.EXPIRED;
import static org.mentorcred.application.credential.CredentialStatus.REVOKED;
import static org.mentorcred.application.credential.CredentialStatus.SUSPENDED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.mentorcred.commons.problem.ProblemException;

/**
 * The one place that says how a credential may move. Each row: an action, the statuses it may start from, the
 * status it leads to (null: the status stays). Anything else is a 409 naming the current state.
 * <p>
 * A credential whose validity ran out while it was suspended is reinstated as EXPIRED, not ACTIVE (the status
 * service checks the date); a renewal approved after the expiry date makes it ACTIVE again.
 */
public final class CredentialStateMachine {

    public record Transition(CredentialAction action, Set<CredentialStatus> from, CredentialStatus to) {
    }

    public static final List<Transition> TABLE = List.of(
            new Transition(CredentialAction.SUSPEND, EnumSet.of(ACTIVE), SUSPENDED),
            new Transition(CredentialAction.REINSTATE, EnumSet.of(SUSPENDED), ACTIVE),
            // Revocation is final, whatever came before.
            new Transition(CredentialAction.REVOKE, EnumSet.of(ACTIVE, SUSPENDED, EXPIRED), REVOKED),
            new Transition(CredentialAction.EXPIRE, EnumSet.of(ACTIVE), EXPIRED),
            // A renewal submitted in time may be approved after the expiry date.
            new Transition(CredentialAction.RENEW, EnumSet.of(ACTIVE, EXPIRED), ACTIVE),
            new Transition(CredentialAction.REQUEST_PERMANENT_STATUS, EnumSet.of(ACTIVE), null));

    private static final Map<CredentialAction, Transition> BY_ACTION = new EnumMap<>(CredentialAction.class);

    static {
        for (Transition t : TABLE) {
            if (BY_ACTION.put(t.action(), t) != null) {
                throw new IllegalStateException("Action " + t.action() + " appears twice in the table");
            }
        }
        if (BY_ACTION.size() != CredentialAction.values().length) {
            throw new IllegalStateException("Every action needs a row in the table");
        }
    }

    private CredentialStateMachine() {
    }

    /** The status {@code action} leads to from {@code current} (unchanged if the row says so); 409 otherwise. */
    public static CredentialStatus next(CredentialStatus current, CredentialAction action) {
        Transition t = BY_ACTION.get(action);
        if (!t.from().contains(current)) {
            throw ProblemException.conflict("illegal-transition",
                    "A credential that is " + current + " cannot " + words(action) + "; that is possible from " + t.from())
                    .with("currentState", current.name())
                    .with("action", action.name());
        }
        return t.to() == null ? current : t.to();
    }

    public static boolean allows(CredentialStatus current, CredentialAction action) {
        return BY_ACTION.get(action).from().contains(current);
    }

    private static String words(CredentialAction action) {
        return action.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
