package org.mentorcred.application.process.service;

import static org.mentorcred.application.application.ApplicationAction.BOOK_EXAM;
import static org.mentorcred.application.application.ApplicationAction.CANCEL_EXAM_BOOKING;
import static org.mentorcred.application.application.ApplicationAction.CONFIRM_ELIGIBILITY;
import static org.mentorcred.application.application.ApplicationAction.DENY_ELIGIBILITY;
import static org.mentorcred.application.application.ApplicationAction.EXHAUST_EXAM_ATTEMPTS;
import static org.mentorcred.application.application.ApplicationAction.FAIL_EXAM;
import static org.mentorcred.application.application.ApplicationAction.ISSUE_INVOICE;
import static org.mentorcred.application.application.ApplicationAction.PASS_EXAM;
import static org.mentorcred.application.application.ApplicationAction.RECORD_PAYMENT;
import static org.mentorcred.application.application.ApplicationAction.REQUIRE_TRAINING;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mentorcred.application.application.Application;
import org.mentorcred.application.application.ApplicationAction;
import org.mentorcred.application.application.ApplicationStateMachine;
import org.mentorcred.application.application.ApplicationStatus;
import org.mentorcred.application.application.repository.ApplicationRepository;
import org.mentorcred.application.application.service.StatusChanges;
import org.mentorcred.application.common.Actor;
import org.mentorcred.application.common.Times;
import org.mentorcred.application.credential.CredentialPayments;
import org.mentorcred.application.messaging.ApplicationDecided;
import org.mentorcred.application.messaging.ApplicationEvents;
import org.mentorcred.application.messaging.Contact;
import org.mentorcred.application.process.ApplicationInvoice;
import org.mentorcred.application.process.ExamLevels;
import org.mentorcred.application.process.ExamTrack;
import org.mentorcred.application.process.messaging.incoming.EligibilityDecided;
import org.mentorcred.application.process.messaging.incoming.ExamBooked;
import org.mentorcred.application.process.messaging.incoming.ExamBookingCancelled;
import org.mentorcred.application.process.messaging.incoming.ExamBookingMoved;
import org.mentorcred.application.process.messaging.incoming.ExamResultRecorded;
import org.mentorcred.application.process.messaging.incoming.InvoiceIssued;
import org.mentorcred.application.process.messaging.incoming.PaymentFailed;
import org.mentorcred.application.process.messaging.incoming.PaymentSucceeded;
import org.mentorcred.application.process.messaging.incoming.RefundIssued;
import org.mentorcred.application.process.repository.ExamTrackRepository;
import org.mentorcred.application.process.repository.InvoiceRepository;
import org.mentorcred.application.provider.completion.CompletionsRecorded;
import org.mentorcred.application.review.service.ReviewStart;
import org.mentorcred.commons.inbox.InboundEvent;

/**
 * The process manager of the journey: what each event of the other services does to an application. Each
 * handler runs in the inbox transaction of its event (applied once), holds the application's row lock, and
 * either moves the application through the state machine, or notes the event in the timeline, or — when the
 * event does not fit the application's state — records it as unexpected. It never throws for a misfit, so the
 * consumer goes on.
 *
 * <pre>
 * EligibilityDecided   eligible      SUBMITTED → ELIGIBLE             (late, after the invoice: note)
 *                      not eligible  SUBMITTED → INELIGIBLE
 * InvoiceIssued        fee           SUBMITTED|ELIGIBLE → AWAITING_PAYMENT
 * PaymentSucceeded     fee           → PAID, then CPM: → UNDER_REVIEW; IPMA: → EXAM_AUTHORIZED | AWAITING_TRAINING
 *                      other purpose → CredentialPayments, nothing else
 * PaymentFailed        fee           note (the applicant pays again)
 * RefundIssued         fee           note (after a withdrawal; on an open application also unexpected)
 * completion records                 AWAITING_TRAINING → EXAM_AUTHORIZED once the level's training is complete
 * ExamBooked                         EXAM_AUTHORIZED → EXAM_BOOKED
 * ExamBookingCancelled               EXAM_BOOKED → EXAM_AUTHORIZED   (after a withdrawal: note)
 * ExamBookingMoved                   note
 * ExamResultRecorded   passed        EXAM_BOOKED → EXAM_PASSED → UNDER_REVIEW
 *                      failed        EXAM_BOOKED → EXAM_FAILED → EXAM_AUTHORIZED (now or when the wait is over)
 *                      last attempt  EXAM_BOOKED → EXAM_FAILED → REJECTED (ApplicationDecided)
 * </pre>
 */
@ApplicationScoped
public class ProcessManager {

    /** Statuses in which a payment of the fee is still awaited. */
    private static final Set<ApplicationStatus> BEFORE_PAYMENT = EnumSet.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.ELIGIBLE, ApplicationStatus.AWAITING_PAYMENT);

    @Inject
    ApplicationRepository applications;

    @Inject
    InvoiceRepository invoices;

    @Inject
    ExamTrackRepository tracks;

    @Inject
    StatusChanges statusChanges;

    @Inject
    UnexpectedEvents unexpected;

    @Inject
    TrainingProgress training;

    @Inject
    ExamAuthorizations examAuthorizations;

    @Inject
    ReviewStart reviewStart;

    @Inject
    ApplicationEvents events;

    @Inject
    CredentialPayments credentialPayments;

    // --- eligibility ---------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.MANDATORY)
    public void eligibilityDecided(InboundEvent event, EligibilityDecided decided) {
        Optional<Application> found = lock(event, decided.applicationId());
        if (found.isEmpty()) {
            return;
        }
        Application app = found.get();
        Instant now = Times.now();
        if (decided.eligible()) {
            String reason = "Eligible (rule set v" + decided.ruleSetVersion() + ")"
                    + (decided.pendingReview() ? "; some requirements are left to the reviewer: " + pendingCodes(decided)
                            : "");
            if (ApplicationStateMachine.allows(app.status, CONFIRM_ELIGIBILITY)) {
                statusChanges.apply(app, CONFIRM_ELIGIBILITY, Actor.SYSTEM, reason, now, event.type());
            } else if (app.status.isOpen() && app.status != ApplicationStatus.DRAFT
                    && app.status != ApplicationStatus.ELIGIBLE) {
                // The invoice (another topic) overtook the decision and already implied it.
                statusChanges.note(app, Actor.SYSTEM, reason, now, event.type());
            } else {
                unexpected.record(event, app, "An eligibility decision does not fit an application that is " + app.status);
            }
        } else if (ApplicationStateMachine.allows(app.status, DENY_ELIGIBILITY)) {
            statusChanges.apply(app, DENY_ELIGIBILITY, Actor.SYSTEM, "Not eligible: " + unmet(decided), now,
                    event.type());
        } else {
            unexpected.record(event, app, "A negative eligibility decision does not fit an application that is "
                    + app.status);
        }
    }

    // --- payments ------------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.MANDATORY)
    public void invoiceIssued(InboundEvent event, InvoiceIssued issued) {
        Optional<Application> found = lock(event, issued.applicationId());
        if (found.isEmpty()) {
            return;
        }
        Application app = found.get();
        ApplicationInvoice invoice = invoices.findById(issued.invoiceId());
        if (invoice == null) {
            invoice = new ApplicationInvoice();
            invoice.invoiceId = issued.invoiceId();
            invoice.applicationId = app.id;
            invoice.purpose = issued.purpose();
            invoice.invoiceNumber = issued.invoiceNumber();
            invoice.total = issued.total();
            invoice.currency = issued.currency();
            invoice.dueDate = issued.dueDate();
            invoice.paymentUrl = issued.paymentUrl();
            invoice.issuedAt = issued.issuedAt();
            invoices.persist(invoice);
        }
        if (!invoice.isApplicationFee()) {
            return;
        }
        if (ApplicationStateMachine.allows(app.status, ISSUE_INVOICE)) {
            statusChanges.apply(app, ISSUE_INVOICE, Actor.SYSTEM, "Invoice " + issued.invoiceNumber() + " issued: "
                    + money(issued.currency(), issued.total()) + (issued.dueDate() == null ? "" : ", due " + issued.dueDate()),
                    Times.now(), event.type());
        } else {
            unexpected.record(event, app, "An invoice for the fee does not fit an application that is " + app.status);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void paymentSucceeded(InboundEvent event, PaymentSucceeded paid) {
        if (!ApplicationInvoice.ACCREDITATION.equals(paid.purpose())) {
            // Renewal, permanent status: a credential's business, not an application transition.
            credentialPayments.paymentSucceeded(event.data());
            return;
        }
        Optional<Application> found = lock(event, paid.applicationId());
        if (found.isEmpty()) {
            return;
        }
        Application app = found.get();
        Instant now = Times.now();
        ApplicationInvoice invoice = invoices.findById(paid.invoiceId());
        if (invoice != null && invoice.paidAt == null) {
            invoice.paidAt = paid.paidAt();
        }
        if (!ApplicationStateMachine.allows(app.status, RECORD_PAYMENT)) {
            unexpected.record(event, app, "A payment of the fee does not fit an application that is " + app.status);
            return;
        }
        statusChanges.apply(app, RECORD_PAYMENT, Actor.SYSTEM, "Paid " + paid.invoiceNumber() + ": "
                + money(paid.currency(), paid.amount()), now, event.type());
        afterPayment(app, now, event.type());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void paymentFailed(InboundEvent event, PaymentFailed failed) {
        if (concernsACredential(failed.invoiceId())) {
            return;
        }
        Optional<Application> found = lock(event, failed.applicationId());
        if (found.isEmpty()) {
            return;
        }
        Application app = found.get();
        if (BEFORE_PAYMENT.contains(app.status)) {
            statusChanges.note(app, Actor.SYSTEM, "Payment of " + failed.invoiceNumber() + " failed"
                    + (failed.reason() == null ? "" : ": " + failed.reason()), Times.now(), event.type());
        } else {
            unexpected.record(event, app, "A failed payment of the fee does not fit an application that is " + app.status);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void refundIssued(InboundEvent event, RefundIssued refund) {
        if (concernsACredential(refund.invoiceId())) {
            return;
        }
        Optional<Application> found = lock(event, refund.applicationId());
        if (found.isEmpty()) {
            return;
        }
        Application app = found.get();
        String text = (refund.fullRefund() ? "Full refund" : "Refund") + " of " + money(refund.currency(), refund.amount())
                + " on " + refund.invoiceNumber() + (refund.reason() == null ? "" : ": " + refund.reason());
        if (app.status.isClosed()) {
            statusChanges.note(app, Actor.SYSTEM, text, Times.now(), event.type());
        } else {
            // The fee was given back while the application goes on: someone should look at it.
            unexpected.record(event, app, text + ", while the application is " + app.status);
        }
    }

    // --- training ------------------------------------------------------------------------------------

    /**
     * Partner completion records arrived (or changed) for these learners: each of their applications waiting
     * for training is authorised for the exam once its training is complete, in the partner request's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void onCompletionsRecorded(@Observes CompletionsRecorded recorded) {
        trainingRecorded(recorded.learnerEmails(), recorded.description());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void trainingRecorded(Set<String> learnerEmails, String what) {
        for (UUID id : applications.idsInStatusForEmails(ApplicationStatus.AWAITING_TRAINING, learnerEmails)) {
            Application app = applications.lock(id).orElseThrow();
            if (app.status != ApplicationStatus.AWAITING_TRAINING) {
                continue;
            }
            training.of(app).filter(TrainingProgress.Progress::complete).ifPresent(p -> examAuthorizations.authorize(app,
                    Actor.SYSTEM, "Training complete (" + p.required() + "): " + what, Times.now(), null));
        }
    }

    // --- exam ----------------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.MANDATORY)
    public void examBooked(InboundEvent event, ExamBooked booked) {
        Optional<Application> found = lock(event, booked.applicationId());
        if (found.isEmpty()) {
            return;
        }
        Application app = found.get();
        ExamTrack track = tracks.findById(app.id);
        if (track == null || !ApplicationStateMachine.allows(app.status, BOOK_EXAM)) {
            unexpected.record(event, app, "A booking does not fit an application that is " + app.status);
            return;
        }
        statusChanges.apply(app, BOOK_EXAM, Actor.SYSTEM, (booked.rescheduledFromSessionId() == null ? "Booked " : "Rebooked ")
                + "attempt " + booked.attemptNumber() + ": " + booked.session().describe(), Times.now(), event.type());
        track.bookingId = booked.bookingId();
        track.sessionStartsAt = booked.session().startsAt();
        track.centreName = booked.session().centre() == null ? null : booked.session().centre().name();
        track.centreCity = booked.session().centre() == null ? null : booked.session().centre().city();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void examBookingCancelled(InboundEvent event, ExamBookingCancelled cancelled) {
        Optional<Application> found = lock(event, cancelled.applicationId());
        if (found.isEmpty()) {
            return;
        }
        Application app = found.get();
        ExamTrack track = tracks.findById(app.id);
        String text = "Exam booking cancelled (" + cancelled.reason() + ")"
                + (cancelled.session() == null ? "" : ": " + cancelled.session().describe());
        if (app.status == ApplicationStatus.EXAM_BOOKED && track != null
                && cancelled.bookingId().equals(track.bookingId)) {
            statusChanges.apply(app, CANCEL_EXAM_BOOKING, Actor.SYSTEM, text, Times.now(), event.type());
            track.clearBooking();
        } else if (app.status.isClosed()) {
            // exam-service cancels the booking of a withdrawn application: expected, worth a line.
            statusChanges.note(app, Actor.SYSTEM, text, Times.now(), event.type());
        } else {
            unexpected.record(event, app, "Cancellation of booking " + cancelled.bookingId()
                    + " does not fit an application that is " + app.status
                    + (track == null || track.bookingId == null ? " without a booking" : " with booking " + track.bookingId));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void examBookingMoved(InboundEvent event, ExamBookingMoved moved) {
        Optional<Application> found = lock(event, moved.applicationId());
        if (found.isEmpty()) {
            return;
        }
        Application app = found.get();
        ExamTrack track = tracks.findById(app.id);
        if (track != null && moved.bookingId().equals(track.bookingId)) {
            track.sessionStartsAt = moved.session().startsAt();
            track.centreName = moved.session().centre() == null ? track.centreName : moved.session().centre().name();
            track.centreCity = moved.session().centre() == null ? track.centreCity : moved.session().centre().city();
        }
        String from = moved.previous() == null ? "" : " from " + moved.previous().startsAt()
                + (moved.previous().centreName() == null ? "" : " at " + moved.previous().centreName());
        statusChanges.note(app, Actor.SYSTEM, "Exam session moved" + from + " to " + moved.session().describe(),
                Times.now(), event.type());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void examResultRecorded(InboundEvent event, ExamResultRecorded result) {
        Optional<Application> found = lock(event, result.applicationId());
        if (found.isEmpty()) {
            return;
        }
        Application app = found.get();
        ExamTrack track = tracks.findById(app.id);
        ApplicationAction action = result.passed() ? PASS_EXAM : FAIL_EXAM;
        if (track == null || !ApplicationStateMachine.allows(app.status, action)) {
            unexpected.record(event, app, "An exam result does not fit an application that is " + app.status);
            return;
        }
        Instant now = Times.now();
        track.attemptsUsed = Math.max(track.attemptsUsed, result.attemptNumber());
        track.lastWeightedScore = result.weightedScore();
        track.lastPassMark = result.passMark();
        track.clearBooking();
        String score = result.wasNoShow() ? "did not attend, which counts as a failed attempt"
                : "weighted score " + result.weightedScore().stripTrailingZeros().toPlainString()
                + (result.passMark() == null ? "" : ", pass mark " + result.passMark().stripTrailingZeros().toPlainString());
        if (result.passed()) {
            statusChanges.apply(app, PASS_EXAM, Actor.SYSTEM, "Passed the " + track.level + " exam (" + score + ")",
                    now, event.type());
            reviewStart.start(app, Actor.SYSTEM, "The exam is passed; the application goes to a reviewer", now,
                    event.type());
            return;
        }
        int left = result.attemptsRemaining();
        statusChanges.apply(app, FAIL_EXAM, Actor.SYSTEM, "Failed attempt " + result.attemptNumber() + " of "
                + result.attemptsAllowed() + " (" + score + "); " + left + (left == 1 ? " attempt" : " attempts") + " left",
                now, event.type());
        if (left == 0) {
            String reason = "All " + result.attemptsAllowed() + " attempts at the " + track.level
                    + " exam were failed (last " + score + ")";
            statusChanges.apply(app, EXHAUST_EXAM_ATTEMPTS, Actor.SYSTEM, reason, now, event.type());
            events.decided(new ApplicationDecided(app.id, app.programme, Contact.of(app.applicant), "REJECTED",
                    List.of(reason), now));
            return;
        }
        LocalDate retake = result.retakeAllowedFrom();
        if (retake == null || !LocalDate.ofInstant(now, ZoneOffset.UTC).isBefore(retake)) {
            examAuthorizations.authorize(app, Actor.SYSTEM, "Retake authorised", now, event.type());
        } else {
            // The retake job authorises it on that day, so the candidate is told when they can book.
            track.retakeAllowedFrom = retake;
        }
    }

    /** The retake job: the waiting period of a failed candidate is over. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void retakeDue(UUID applicationId, LocalDate today) {
        Application app = applications.lock(applicationId).orElse(null);
        if (app == null || app.status != ApplicationStatus.EXAM_FAILED) {
            return;
        }
        ExamTrack track = tracks.findById(applicationId);
        if (track == null || track.retakeAllowedFrom == null || today.isBefore(track.retakeAllowedFrom)) {
            return;
        }
        examAuthorizations.authorize(app, Actor.SYSTEM, "Retake authorised: the waiting period ended "
                + track.retakeAllowedFrom, Times.now(), null);
    }

    // --- helpers -------------------------------------------------------------------------------------

    /** CPM: to the reviewer. IPMA: the exam, once the level's training is complete. */
    private void afterPayment(Application app, Instant now, String eventType) {
        if (ExamLevels.of(app.programme).isEmpty()) {
            reviewStart.start(app, Actor.SYSTEM, "Paid; the application goes to a reviewer", now, eventType);
            return;
        }
        Optional<TrainingProgress.Progress> progress = training.of(app);
        if (progress.isEmpty() || progress.get().complete()) {
            examAuthorizations.authorize(app, Actor.SYSTEM, progress.map(p -> "Training complete (" + p.required() + ")")
                    .orElse("No training required"), now, eventType);
        } else {
            statusChanges.apply(app, REQUIRE_TRAINING, Actor.SYSTEM, "Waiting for the training ("
                    + progress.get().required() + "): " + progress.get().missing(), now, eventType);
        }
    }

    /** An invoice announced for another purpose than the application fee (its events carry no purpose). */
    private boolean concernsACredential(UUID invoiceId) {
        ApplicationInvoice invoice = invoices.findById(invoiceId);
        return invoice != null && !invoice.isApplicationFee();
    }

    private Optional<Application> lock(InboundEvent event, UUID applicationId) {
        Optional<Application> app = applications.lock(applicationId);
        if (app.isEmpty()) {
            unexpected.unknownApplication(event, applicationId);
        } else if (app.get().status == ApplicationStatus.DRAFT) {
            // Nothing is ever announced about a draft; an event about one is someone else's mistake.
            unexpected.record(event, app.get(), "The application is still a draft");
            return Optional.empty();
        }
        return app;
    }

    private static String unmet(EligibilityDecided decided) {
        if (decided.requirements() == null) {
            return "see the eligibility decision";
        }
        String unmet = decided.requirements().stream().filter(r -> !r.met() && !r.pendingReview())
                .map(r -> r.explanation() != null ? r.explanation() : r.description())
                .collect(Collectors.joining("; "));
        return unmet.isEmpty() ? "see the eligibility decision" : unmet;
    }

    private static String pendingCodes(EligibilityDecided decided) {
        return decided.requirements() == null ? "" : decided.requirements().stream().filter(r -> r.pendingReview())
                .map(EligibilityDecided.Requirement::code).collect(Collectors.joining(", "));
    }

    private static String money(String currency, BigDecimal amount) {
        return (currency == null ? "" : currency + " ") + (amount == null ? "?" : amount.toPlainString());
    }
}
