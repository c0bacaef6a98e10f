package org.mentorcred.payment;

import java.util.UUID;

import org.mentorcred.infra.test.EventContracts;
import org.mentorcred.infra.test.TestProducer;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The producers' own examples of the events payment-service consumes, varied per test (fresh ids), and
 * sent through the real broker the way application-service and eligibility-service send them.
 */
public final class Events {

    public static final String APPLICATION = "application-service";
    public static final String ELIGIBILITY = "eligibility-service";
    public static final String PAYMENT = "payment-service";

    public static final String APPLICATION_EVENTS = "application-events";
    public static final String ELIGIBILITY_EVENTS = "eligibility-events";
    public static final String PAYMENT_EVENTS = "payment-events";

    private Events() {
    }

    /** An application of {@code programme} by a member or non-member whose token subject is {@code subject}. */
    public record Application(UUID applicationId, UUID applicantId, String subject, String programme, boolean member) {

        public static Application of(String programme, boolean member) {
            return new Application(UUID.randomUUID(), UUID.randomUUID(), "applicant-" + UUID.randomUUID(), programme,
                    member);
        }

        public String key() {
            return applicationId.toString();
        }

        public String submitted() {
            ObjectNode event = (ObjectNode) EventContracts.exampleTree(APPLICATION, "ApplicationSubmitted");
            event.put("applicationId", applicationId.toString());
            event.put("programme", programme);
            ObjectNode applicant = (ObjectNode) event.get("applicant");
            applicant.put("applicantId", applicantId.toString());
            applicant.put("subject", subject);
            applicant.put("member", member);
            if (!member) {
                applicant.putNull("memberSince");
            }
            return event.toString();
        }

        public String decided(boolean eligible, boolean pendingReview) {
            ObjectNode event = (ObjectNode) EventContracts.exampleTree(ELIGIBILITY, "EligibilityDecided");
            event.put("decisionId", UUID.randomUUID().toString());
            event.put("applicationId", applicationId.toString());
            event.put("applicantId", applicantId.toString());
            event.put("programme", programme);
            event.put("eligible", eligible);
            event.put("pendingReview", pendingReview);
            return event.toString();
        }

        public String withdrawn() {
            ObjectNode event = (ObjectNode) EventContracts.exampleTree(APPLICATION, "ApplicationWithdrawn");
            event.put("applicationId", applicationId.toString());
            event.put("programme", programme);
            ((ObjectNode) event.get("applicant")).put("applicantId", applicantId.toString());
            return event.toString();
        }

        public String permanentStatusRequested(UUID credentialId, String credentialNumber, boolean holderIsMember) {
            ObjectNode event = (ObjectNode) EventContracts.exampleTree(APPLICATION, "PermanentStatusRequested");
            event.put("credentialId", credentialId.toString());
            event.put("credentialNumber", credentialNumber);
            event.put("applicationId", applicationId.toString());
            ((ObjectNode) event.get("holder")).put("applicantId", applicantId.toString());
            event.put("member", holderIsMember);
            return event.toString();
        }

        /** Returns the event's ce_id. */
        public String sendSubmitted(TestProducer producer) {
            return producer.sendEvent(APPLICATION_EVENTS, key(), type(APPLICATION, "ApplicationSubmitted"), submitted());
        }

        public String sendDecided(TestProducer producer, boolean eligible) {
            return producer.sendEvent(ELIGIBILITY_EVENTS, key(), type(ELIGIBILITY, "EligibilityDecided"),
                    decided(eligible, false));
        }

        public String sendWithdrawn(TestProducer producer) {
            return producer.sendEvent(APPLICATION_EVENTS, key(), type(APPLICATION, "ApplicationWithdrawn"), withdrawn());
        }
    }

    public static String type(String producer, String event) {
        return EventContracts.ceType(producer, event);
    }
}
