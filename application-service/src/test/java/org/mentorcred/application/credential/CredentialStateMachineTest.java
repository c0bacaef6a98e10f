package org.mentorcred.application.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mentorcred.commons.problem.ProblemException;

/** Every status against every action: exactly the table's moves are allowed. */
class CredentialStateMachineTest {

    /** status -> action -> the status it leads to; missing: refused. */
    static final Map<CredentialStatus, Map<CredentialAction, CredentialStatus>> ALLOWED = Map.of(
            CredentialStatus.ACTIVE, Map.of(
                    CredentialAction.SUSPEND, CredentialStatus.SUSPENDED,
                    CredentialAction.REVOKE, CredentialStatus.REVOKED,
                    CredentialAction.EXPIRE, CredentialStatus.EXPIRED,
                    CredentialAction.RENEW, CredentialStatus.ACTIVE,
                    CredentialAction.REQUEST_PERMANENT_STATUS, CredentialStatus.ACTIVE),
            CredentialStatus.SUSPENDED, Map.of(
                    CredentialAction.REINSTATE, CredentialStatus.ACTIVE,
                    CredentialAction.REVOKE, CredentialStatus.REVOKED),
            CredentialStatus.EXPIRED, Map.of(
                    CredentialAction.REVOKE, CredentialStatus.REVOKED,
                    CredentialAction.RENEW, CredentialStatus.ACTIVE),
            CredentialStatus.REVOKED, Map.of());

    @Test
    void allowsExactlyTheTablesMoves() {
        for (CredentialStatus status : CredentialStatus.values()) {
            for (CredentialAction action : CredentialAction.values()) {
                CredentialStatus expected = ALLOWED.get(status).get(action);
                if (expected != null) {
                    assertEquals(expected, CredentialStateMachine.next(status, action), status + " " + action);
                } else {
                    ProblemException refused = assertThrows(ProblemException.class,
                            () -> CredentialStateMachine.next(status, action), status + " " + action);
                    assertEquals(409, refused.status());
                    assertEquals(status.name(), refused.toProblem("/x").getExtensions().get("currentState"));
                }
            }
        }
    }
}
