package org.mentorcred.application.application;

import static org.mentorcred.application.application.ApplicationAction.APPROVE;
import static org.mentorcred.application.application.ApplicationAction.AUTHORIZE_EXAM;
import static org.mentorcred.application.application.ApplicationAction.BOOK_EXAM;
import static org.mentorcred.application.application.ApplicationAction.CANCEL_EXAM_BOOKING;
import static org.mentorcred.application.application.ApplicationAction.CONFIRM_ELIGIBILITY;
import static org.mentorcred.application.application.ApplicationAction.DENY_ELIGIBILITY;
import static org.mentorcred.application.application.ApplicationAction.EXHAUST_EXAM_ATTEMPTS;
import static org.mentorcred.application.application.ApplicationAction.FAIL_EXAM;
import static org.mentorcred.application.application.ApplicationAction.ISSUE_INVOICE;
import static org.mentorcred.application.application.ApplicationAction.PASS_EXAM;
import static org.mentorcred.application.application.ApplicationAction.RECORD_PAYMENT;
import static org.mentorcred.application.application.ApplicationAction.REJECT;
import static org.mentorcred.application.application.ApplicationAction.REQUIRE_TRAINING;
import static org.mentorcred.application.application.ApplicationAction.START_REVIEW;
import static org.mentorcred.application.application.ApplicationAction.SUBMIT;
import static org.mentorcred.application.application.ApplicationAction.WITHDRAW;
import static org.mentorcred.application.application.ApplicationStatus.AWAITING_PAYMENT;
import static org.mentorcred.application.application.ApplicationStatus.AWAITING_TRAINING;
import static org.mentorcred.application.application.ApplicationStatus.DRAFT;
import static org.mentorcred.application.application.ApplicationStatus.ELIGIBLE;
import static org.mentorcred.application.application.ApplicationStatus.EXAM_AUTHORIZED;
import static org.mentorcred.application.application.ApplicationStatus.EXAM_BOOKED;
import static org.mentorcred.application.application.ApplicationStatus.EXAM_FAILED;
import static org.mentorcred.application.application.ApplicationStatus.EXAM_PASSED;
import static org.mentorcred.application.application.ApplicationStatus.INELIGIBLE;
import static org.mentorcred.application.application.ApplicationStatus.PAID;
import static org.mentorcred.application.application.ApplicationStatus.REJECTED;
import static org.mentorcred.application.application.ApplicationStatus.SUBMITTED;
import static org.mentorcred.application.application.ApplicationStatus.UNDER_REVIEW;
import static org.mentorcred.application.application.ApplicationStatus.WITHDRAWN;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mentorcred.commons.problem.ProblemException;

/**
 * The one place that says how an application may move. Each row: an action, the statuses it may start from,
 * the status it leads to. Anything not in the table is refused with a 409 naming the current state.
 */
public final class ApplicationStateMachine {

    public record Transition(ApplicationAction action, Set<ApplicationStatus> from, ApplicationStatus to) {
    }

    public static final List<Transition> TABLE = List.of(
            row(SUBMIT, to(SUBMITTED), DRAFT),
            row(CONFIRM_ELIGIBILITY, to(ELIGIBLE), SUBMITTED),
            row(DENY_ELIGIBILITY, to(INELIGIBLE), SUBMITTED),
            // Payment events may overtake the eligibility decision (another topic): see ApplicationAction.
            row(ISSUE_INVOICE, to(AWAITING_PAYMENT), SUBMITTED, ELIGIBLE),
            row(RECORD_PAYMENT, to(PAID), SUBMITTED, ELIGIBLE, AWAITING_PAYMENT),
            row(REQUIRE_TRAINING, to(AWAITING_TRAINING), PAID),
            row(AUTHORIZE_EXAM, to(EXAM_AUTHORIZED), PAID, AWAITING_TRAINING, EXAM_FAILED),
            row(BOOK_EXAM, to(EXAM_BOOKED), EXAM_AUTHORIZED),
            row(CANCEL_EXAM_BOOKING, to(EXAM_AUTHORIZED), EXAM_BOOKED),
            row(PASS_EXAM, to(EXAM_PASSED), EXAM_BOOKED),
            row(FAIL_EXAM, to(EXAM_FAILED), EXAM_BOOKED),
            row(EXHAUST_EXAM_ATTEMPTS, to(REJECTED), EXAM_FAILED),
            row(START_REVIEW, to(UNDER_REVIEW), PAID, EXAM_PASSED),
            row(APPROVE, to(ApplicationStatus.APPROVED), UNDER_REVIEW),
            row(REJECT, to(REJECTED), UNDER_REVIEW),
            // Before a decision, whatever the step.
            new Transition(WITHDRAW, openStatuses(), WITHDRAWN));

    private static final Map<ApplicationAction, Transition> BY_ACTION = new EnumMap<>(ApplicationAction.class);

    static {
        for (Transition t : TABLE) {
            if (BY_ACTION.put(t.action(), t) != null) {
                throw new IllegalStateException("Action " + t.action() + " appears twice in the table");
            }
        }
        if (BY_ACTION.size() != ApplicationAction.values().length) {
            throw new IllegalStateException("Every action needs a row in the table");
        }
    }

    private ApplicationStateMachine() {
    }

    /** The status {@code action} leads to from {@code current}; 409 with {@code currentState} if it may not. */
    public static ApplicationStatus next(ApplicationStatus current, ApplicationAction action) {
        Transition t = BY_ACTION.get(action);
        if (!t.from().contains(current)) {
            throw ProblemException.conflict("illegal-transition",
                    "An application that is " + current + " cannot " + words(action) + "; that is possible from "
                            + t.from())
                    .with("currentState", current.name())
                    .with("action", action.name());
        }
        return t.to();
    }

    public static boolean allows(ApplicationStatus current, ApplicationAction action) {
        return BY_ACTION.get(action).from().contains(current);
    }

    private static String words(ApplicationAction action) {
        return action.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static Set<ApplicationStatus> openStatuses() {
        EnumSet<ApplicationStatus> open = EnumSet.noneOf(ApplicationStatus.class);
        Arrays.stream(ApplicationStatus.values()).filter(ApplicationStatus::isOpen).forEach(open::add);
        return open;
    }

    private static ApplicationStatus to(ApplicationStatus status) {
        return status;
    }

    private static Transition row(ApplicationAction action, ApplicationStatus to, ApplicationStatus first,
            ApplicationStatus... rest) {
        return new Transition(action, EnumSet.of(first, rest), to);
    }
}
