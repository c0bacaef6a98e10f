package org.mentorcred.application.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentorcred.commons.problem.Problem;
import org.mentorcred.commons.problem.ProblemException;

class ApplicationStateMachineTest {

    /** The journey as the business describes it: (from, action, to). Everything else must be refused. */
    static Stream<Arguments> allowedMoves() {
        return Stream.of(
                Arguments.of(ApplicationStatus.DRAFT, ApplicationAction.SUBMIT, ApplicationStatus.SUBMITTED),
                Arguments.of(ApplicationStatus.SUBMITTED, ApplicationAction.CONFIRM_ELIGIBILITY, ApplicationStatus.ELIGIBLE),
                Arguments.of(ApplicationStatus.SUBMITTED, ApplicationAction.DENY_ELIGIBILITY, ApplicationStatus.INELIGIBLE),
                Arguments.of(ApplicationStatus.ELIGIBLE, ApplicationAction.ISSUE_INVOICE, ApplicationStatus.AWAITING_PAYMENT),
                // payment-events may overtake eligibility-events: an invoice or a payment implies eligibility
                Arguments.of(ApplicationStatus.SUBMITTED, ApplicationAction.ISSUE_INVOICE, ApplicationStatus.AWAITING_PAYMENT),
                Arguments.of(ApplicationStatus.SUBMITTED, ApplicationAction.RECORD_PAYMENT, ApplicationStatus.PAID),
                Arguments.of(ApplicationStatus.ELIGIBLE, ApplicationAction.RECORD_PAYMENT, ApplicationStatus.PAID),
                Arguments.of(ApplicationStatus.AWAITING_PAYMENT, ApplicationAction.RECORD_PAYMENT, ApplicationStatus.PAID),
                Arguments.of(ApplicationStatus.PAID, ApplicationAction.REQUIRE_TRAINING, ApplicationStatus.AWAITING_TRAINING),
                Arguments.of(ApplicationStatus.PAID, ApplicationAction.AUTHORIZE_EXAM, ApplicationStatus.EXAM_AUTHORIZED),
                Arguments.of(ApplicationStatus.AWAITING_TRAINING, ApplicationAction.AUTHORIZE_EXAM, ApplicationStatus.EXAM_AUTHORIZED),
                Arguments.of(ApplicationStatus.EXAM_FAILED, ApplicationAction.AUTHORIZE_EXAM, ApplicationStatus.EXAM_AUTHORIZED),
                Arguments.of(ApplicationStatus.EXAM_AUTHORIZED, ApplicationAction.BOOK_EXAM, ApplicationStatus.EXAM_BOOKED),
                Arguments.of(ApplicationStatus.EXAM_BOOKED, ApplicationAction.CANCEL_EXAM_BOOKING, ApplicationStatus.EXAM_AUTHORIZED),
                Arguments.of(ApplicationStatus.EXAM_BOOKED, ApplicationAction.PASS_EXAM, ApplicationStatus.EXAM_PASSED),
                Arguments.of(ApplicationStatus.EXAM_BOOKED, ApplicationAction.FAIL_EXAM, ApplicationStatus.EXAM_FAILED),
                Arguments.of(ApplicationStatus.EXAM_FAILED, ApplicationAction.EXHAUST_EXAM_ATTEMPTS, ApplicationStatus.REJECTED),
                Arguments.of(ApplicationStatus.PAID, ApplicationAction.START_REVIEW, ApplicationStatus.UNDER_REVIEW),
                Arguments.of(ApplicationStatus.EXAM_PASSED, ApplicationAction.START_REVIEW, ApplicationStatus.UNDER_REVIEW),
                Arguments.of(ApplicationStatus.UNDER_REVIEW, ApplicationAction.APPROVE, ApplicationStatus.APPROVED),
                Arguments.of(ApplicationStatus.UNDER_REVIEW, ApplicationAction.REJECT, ApplicationStatus.REJECTED));
    }

    @ParameterizedTest
    @MethodSource("allowedMoves")
    void allowsTheJourneysMoves(ApplicationStatus from, ApplicationAction action, ApplicationStatus to) {
        assertEquals(to, ApplicationStateMachine.next(from, action));
    }

    @Test
    void refusesEveryOtherMoveWithAConflictNamingTheCurrentState() {
        Set<String> allowed = new java.util.HashSet<>();
        allowedMoves().forEach(a -> allowed.add(a.get()[0] + "/" + a.get()[1]));
        for (ApplicationStatus status : ApplicationStatus.values()) {
            if (status.isOpen()) {
                allowed.add(status + "/" + ApplicationAction.WITHDRAW);
            }
        }
        int refused = 0;
        for (ApplicationStatus from : ApplicationStatus.values()) {
            for (ApplicationAction action : ApplicationAction.values()) {
                if (allowed.contains(from + "/" + action)) {
                    continue;
                }
                ProblemException e = assertThrows(ProblemException.class, () -> ApplicationStateMachine.next(from, action),
                        from + " must not allow " + action);
                Problem problem = e.toProblem("/x");
                assertEquals(409, problem.getStatus());
                assertEquals(from.name(), problem.getExtensions().get("currentState"));
                refused++;
            }
        }
        assertEquals(ApplicationStatus.values().length * ApplicationAction.values().length - allowed.size(), refused);
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = { "APPROVED", "REJECTED", "INELIGIBLE", "WITHDRAWN" },
            mode = EnumSource.Mode.EXCLUDE)
    void withdrawsFromEveryOpenState(ApplicationStatus open) {
        assertEquals(ApplicationStatus.WITHDRAWN, ApplicationStateMachine.next(open, ApplicationAction.WITHDRAW));
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = { "APPROVED", "REJECTED", "INELIGIBLE", "WITHDRAWN" })
    void closedStatesAreFinal(ApplicationStatus closed) {
        assertTrue(closed.isClosed());
        for (ApplicationAction action : ApplicationAction.values()) {
            assertFalse(ApplicationStateMachine.allows(closed, action), closed + " must not allow " + action);
        }
    }

    @Test
    void everyStateIsReachableFromDraft() {
        Set<ApplicationStatus> seen = EnumSet.of(ApplicationStatus.DRAFT);
        Deque<ApplicationStatus> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            ApplicationStatus from = todo.pop();
            for (ApplicationStateMachine.Transition t : ApplicationStateMachine.TABLE) {
                if (t.from().contains(from) && seen.add(t.to())) {
                    todo.push(t.to());
                }
            }
        }
        assertEquals(EnumSet.allOf(ApplicationStatus.class), seen);
    }
}
