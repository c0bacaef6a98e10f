package org.mentorcred.payment.invoice.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.mentorcred.payment.application.ApplicationProjection;
import org.mentorcred.payment.application.EligibilityDecision;
import org.mentorcred.payment.application.PermanentStatusRequest;
import org.mentorcred.payment.application.repository.EligibilityDecisionRepository;
import org.mentorcred.payment.application.repository.PermanentStatusRequestRepository;
import org.mentorcred.payment.config.PaymentConfig;
import org.mentorcred.payment.fee.FeeLine;
import org.mentorcred.payment.fee.FeeTable;
import org.mentorcred.payment.fee.service.FeeScheduleService;
import org.mentorcred.payment.invoice.Invoice;
import org.mentorcred.payment.invoice.repository.InvoiceRepository;
import org.mentorcred.payment.messaging.incoming.ApplicationSubmitted;
import org.mentorcred.payment.messaging.incoming.ApplicationWithdrawn;
import org.mentorcred.payment.messaging.incoming.EligibilityDecided;
import org.mentorcred.payment.messaging.incoming.PermanentStatusRequested;
import org.mentorcred.payment.payment.repository.PaymentRepository;
import org.mentorcred.payment.refund.service.RefundService;

/**
 * What the events of other services mean for invoices. Each handler runs in the inbox's transaction.
 *
 * <p>ApplicationSubmitted and EligibilityDecided come on different topics, so either may arrive first.
 * Both handlers lock the application's projection row (creating an empty one if need be) before looking
 * at the other's data: whichever commits second sees the first and issues the invoice, on any instance.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class InvoicingService {

    private static final Logger LOG = Logger.getLogger(InvoicingService.class);

    static final String MEMBERS_ONLY = "Permanent status is sold to members only";

    @Inject
    EntityManager em;

    @Inject
    EligibilityDecisionRepository decisions;

    @Inject
    PermanentStatusRequestRepository permanentRequests;

    @Inject
    InvoiceRepository invoices;

    @Inject
    PaymentRepository payments;

    @Inject
    InvoiceIssuer issuer;

    @Inject
    FeeScheduleService fees;

    @Inject
    RefundService refunds;

    @Inject
    PaymentConfig config;

    public void onSubmitted(ApplicationSubmitted event) {
        ApplicationProjection application = lockProjection(event.applicationId());
        application.applicantId = event.applicant().applicantId();
        application.applicantSubject = event.applicant().subject();
        application.applicantName = event.applicant().name();
        application.applicantEmail = event.applicant().email();
        application.preferredLanguage = event.applicant().preferredLanguage();
        application.programme = event.programme();
        application.member = event.applicant().member();
        application.submittedAt = event.submittedAt();
        application.updatedAt = now();

        EligibilityDecision decision = decisions.findById(application.applicationId);
        if (decision != null && decision.eligible) {
            issueAccreditation(application);
        }
        permanentRequests.awaiting(application.applicationId).forEach(request -> invoicePermanent(application, request));
    }

    public void onEligibilityDecided(EligibilityDecided event) {
        ApplicationProjection application = lockProjection(event.applicationId());
        EligibilityDecision decision = decisions.findById(event.applicationId());
        if (decision != null && decision.decidedAt.isAfter(event.decidedAt())) {
            LOG.infof("Eligibility decision %s of application %s is older than the one recorded; ignored",
                    event.decisionId(), event.applicationId());
            return;
        }
        boolean first = decision == null;
        if (first) {
            decision = new EligibilityDecision();
            decision.applicationId = event.applicationId();
        }
        decision.decisionId = event.decisionId();
        decision.applicantId = event.applicantId();
        decision.programme = event.programme();
        decision.eligible = event.eligible();
        decision.pendingReview = Boolean.TRUE.equals(event.pendingReview());
        decision.decidedAt = event.decidedAt();
        decision.receivedAt = now();
        if (first) {
            decisions.persist(decision);
        }
        if (!decision.eligible) {
            LOG.infof("Application %s is not eligible: no invoice", event.applicationId());
            return;
        }
        if (!application.isSubmitted()) {
            LOG.infof("Application %s is eligible but its ApplicationSubmitted has not arrived yet: "
                    + "the invoice is issued when it does", event.applicationId());
            return;
        }
        issueAccreditation(application);
    }

    /**
     * An OPEN accreditation invoice becomes VOID; a PAID one is refunded in full when the withdrawal policy
     * says so ({@code mentorcred.payment.withdrawal.refund-paid-invoices}), otherwise left to finance.
     */
    public void onWithdrawn(ApplicationWithdrawn event) {
        ApplicationProjection application = lockProjection(event.applicationId());
        if (application.isWithdrawn()) {
            return;
        }
        application.withdrawnAt = event.withdrawnAt();
        application.withdrawalReason = event.reason();
        application.updatedAt = now();
        Optional<Invoice> found = invoices.lockOf(event.applicationId(), Invoice.Purpose.ACCREDITATION);
        if (found.isEmpty()) {
            return;
        }
        Invoice invoice = found.get();
        switch (invoice.status) {
            case OPEN -> {
                invoice.status = Invoice.Status.VOID;
                invoice.voidedAt = now();
                invoice.voidReason = config.withdrawal().refundReason();
                LOG.infof("Invoice %s voided: application %s withdrawn", invoice.number, invoice.applicationId);
            }
            case PAID -> {
                if (config.withdrawal().refundPaidInvoices()) {
                    payments.lockSucceededOf(invoice.id).ifPresent(payment -> refunds.scheduleAutomatic(invoice,
                            payment, config.withdrawal().refundReason()));
                } else {
                    LOG.infof("Invoice %s of withdrawn application %s stays PAID (automatic refunds are off)",
                            invoice.number, invoice.applicationId);
                }
            }
            case VOID, REFUNDED -> {
            }
        }
    }

    public void onPermanentStatusRequested(PermanentStatusRequested event) {
        ApplicationProjection application = lockProjection(event.applicationId());
        PermanentStatusRequest request = permanentRequests.findById(event.credentialId());
        if (request != null) {
            return; // the same request again: it was handled (or waits) already
        }
        request = new PermanentStatusRequest();
        request.credentialId = event.credentialId();
        request.credentialNumber = event.credentialNumber();
        request.applicationId = event.applicationId();
        request.applicantId = event.holder().applicantId();
        request.member = event.member();
        request.requestedAt = event.requestedAt();
        request.status = PermanentStatusRequest.Status.AWAITING_APPLICATION;
        request.updatedAt = now();
        permanentRequests.persist(request);
        if (!application.isSubmitted()) {
            LOG.warnf("Permanent status requested for credential %s of application %s, which this service has not "
                    + "seen submitted: invoiced when it is", event.credentialNumber(), event.applicationId());
            return;
        }
        invoicePermanent(application, request);
    }

    private void issueAccreditation(ApplicationProjection application) {
        if (application.isWithdrawn()) {
            LOG.infof("Application %s was withdrawn: no invoice", application.applicationId);
            return;
        }
        FeeTable schedule = fees.effectiveOn(FeeScheduleService.today());
        issuer.issue(new InvoiceIssuer.Draft(application.applicationId, application.applicantId,
                application.applicantSubject, Invoice.Purpose.ACCREDITATION, application.programme, null,
                application.member, schedule, schedule.accreditation(application.programme, application.member)))
                .ifPresent(invoice -> LOG.infof("Invoice %s issued for application %s", invoice.number,
                        invoice.applicationId));
    }

    private void invoicePermanent(ApplicationProjection application, PermanentStatusRequest request) {
        FeeTable schedule = fees.effectiveOn(FeeScheduleService.today());
        Optional<List<FeeLine>> lines = schedule.permanentUpgrade(request.member, request.credentialNumber);
        request.updatedAt = now();
        if (lines.isEmpty()) {
            request.status = PermanentStatusRequest.Status.REJECTED;
            request.reason = MEMBERS_ONLY;
            LOG.warnf("Permanent status for credential %s not invoiced: %s (fee schedule version %d)",
                    request.credentialNumber, MEMBERS_ONLY, schedule.version());
            return;
        }
        request.status = PermanentStatusRequest.Status.INVOICED;
        issuer.issue(new InvoiceIssuer.Draft(application.applicationId, request.applicantId,
                application.applicantSubject, Invoice.Purpose.PERMANENT_UPGRADE, application.programme,
                request.credentialNumber, request.member, schedule, lines.get()));
    }

    /** The application's projection row, created empty if this is the first we hear of it, locked. */
    private ApplicationProjection lockProjection(UUID applicationId) {
        em.createNativeQuery("""
                INSERT INTO application_projection (application_id, updated_at) VALUES (?1, ?2)
                ON CONFLICT DO NOTHING""")
                .setParameter(1, applicationId).setParameter(2, now())
                .executeUpdate();
        return em.find(ApplicationProjection.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
