package org.mentorcred.application.process.service;

import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mentorcred.application.application.Application;
import org.mentorcred.application.application.ProviderAssignment;
import org.mentorcred.application.application.mapping.NextStep;
import org.mentorcred.application.process.ApplicationInvoice;
import org.mentorcred.application.process.ExamTrack;
import org.mentorcred.application.process.repository.ExamTrackRepository;
import org.mentorcred.application.process.repository.InvoiceRepository;
import org.mentorcred.application.review.Review;
import org.mentorcred.application.review.repository.InformationRequestRepository;
import org.mentorcred.application.review.repository.ReviewRepository;

/** What an applicant must do next, from the application's status and what the process knows of it. */
@ApplicationScoped
public class NextSteps {

    @Inject
    InvoiceRepository invoices;

    @Inject
    ExamTrackRepository tracks;

    @Inject
    ReviewRepository reviews;

    @Inject
    InformationRequestRepository informationRequests;

    @Inject
    TrainingProgress training;

    public NextStep of(Application app) {
        return switch (app.status) {
            case DRAFT -> step("COMPLETE_AND_SUBMIT",
                    "Fill in every section your programme requires, then submit the application");
            case SUBMITTED -> step("AWAIT_ELIGIBILITY", "Wait while your eligibility is checked");
            case ELIGIBLE -> step("AWAIT_INVOICE", "You are eligible; your invoice is on its way");
            case AWAITING_PAYMENT -> pay(app);
            case PAID -> step("AWAIT_PROCESSING", "Paid; wait for the next step");
            case AWAITING_TRAINING -> train(app);
            case EXAM_AUTHORIZED -> step("BOOK_EXAM", "Book a seat at an exam session of your level"
                    + attempts(tracks.findById(app.id)));
            case EXAM_BOOKED -> sit(tracks.findById(app.id));
            case EXAM_PASSED -> step("AWAIT_REVIEW", "You passed the exam; wait for the review");
            case EXAM_FAILED -> retake(tracks.findById(app.id));
            case UNDER_REVIEW -> review(app);
            case APPROVED -> step("NONE", "Approved: your credential is issued");
            case REJECTED -> step("NONE", "The application was rejected; see the timeline for the reasons");
            case INELIGIBLE -> step("NONE", "You are not eligible for this programme; see the timeline for why");
            case WITHDRAWN -> step("NONE", "The application was withdrawn");
        };
    }

    private NextStep pay(Application app) {
        ApplicationInvoice invoice = invoices.latestFeeOf(app.id).orElse(null);
        if (invoice == null) {
            return step("PAY_INVOICE", "Pay the invoice you were sent");
        }
        return step("PAY_INVOICE", "Pay invoice " + invoice.invoiceNumber + " (" + invoice.currency + " "
                + invoice.total.toPlainString() + ")" + (invoice.dueDate == null ? "" : " by " + invoice.dueDate)
                + (invoice.paymentUrl == null ? "" : " at " + invoice.paymentUrl));
    }

    private NextStep train(Application app) {
        if (app.providerAssignment == ProviderAssignment.PENDING) {
            return step("COMPLETE_TRAINING", "Wait for a training provider to be assigned to you, then complete the "
                    + "training with them");
        }
        return training.of(app)
                .map(p -> step("COMPLETE_TRAINING", "Complete your training (" + p.required() + ")"
                        + (app.assignedProvider == null ? "" : " with " + app.assignedProvider.name)
                        + (p.missing() == null ? "" : "; still missing: " + p.missing())))
                .orElse(step("COMPLETE_TRAINING", "Complete your training"));
    }

    private static NextStep sit(ExamTrack track) {
        if (track == null || track.sessionStartsAt == null) {
            return step("SIT_EXAM", "Sit the exam you booked");
        }
        return step("SIT_EXAM", "Sit the exam on " + track.sessionStartsAt
                + (track.centreName == null ? "" : " at " + track.centreName)
                + (track.centreCity == null ? "" : ", " + track.centreCity));
    }

    private static NextStep retake(ExamTrack track) {
        if (track != null && track.retakeAllowedFrom != null) {
            return step("AWAIT_RETAKE", "You may book a retake from " + track.retakeAllowedFrom
                    + attempts(track));
        }
        return step("AWAIT_RETAKE", "Wait for your retake to be authorised");
    }

    private NextStep review(Application app) {
        long open = informationRequests.openOf(app.id);
        if (open > 0) {
            return step("ANSWER_INFORMATION_REQUEST", "The reviewer asked you " + (open == 1 ? "a question" : open
                    + " questions") + "; answer on the application (GET .../information-requests)");
        }
        Review review = reviews.findById(app.id);
        return step("AWAIT_REVIEW", "Wait for the review" + (review == null ? ""
                : LocalDate.now(ZoneOffset.UTC).isAfter(review.targetDate) ? " (it takes longer than planned; we are on it)"
                        : "; expected by " + review.targetDate));
    }

    private static String attempts(ExamTrack track) {
        if (track == null) {
            return "";
        }
        int left = track.attemptsAllowed - track.attemptsUsed;
        return " (" + left + " of " + track.attemptsAllowed + " attempts left)";
    }

    private static NextStep step(String code, String text) {
        return new NextStep(code, text);
    }
}
