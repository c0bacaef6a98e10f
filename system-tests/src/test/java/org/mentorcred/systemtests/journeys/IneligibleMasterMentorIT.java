package org.mentorcred.systemtests.journeys;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mentorcred.systemtests.World.ASYNC;

import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.mentorcred.systemtests.api.Applicant;
import org.mentorcred.systemtests.api.ApplicationApi;
import org.mentorcred.systemtests.api.Drafts;
import org.mentorcred.systemtests.support.Event;
import org.mentorcred.systemtests.support.Ids;
import org.mentorcred.systemtests.support.Mail;

import io.restassured.path.json.JsonPath;

/**
 * Journey 5: an IPMA Master Mentor applicant who falls short of three requirements is told, by email and in the
 * decision, which ones and by how much; nobody invoices them.
 */
class IneligibleMasterMentorIT extends Journey {

    @Test
    void theEmailAndTheDecisionNameEachUnmetRequirement() {
        ApplicationApi applications = world.apis().application();
        Applicant applicant = applications.newApplicant(Ids.domain("j5"));
        String id = applications.open(applicant, "IPMA_MM");

        // Complete, but short of the level: 2 years and 300 hours of mentoring, and a credential that is not
        // IPMA Senior Mentor. The contribution (with evidence) and the ethics declaration are in order.
        world.apis().drafts().engagements(applicant, id, 2, 150, 2);
        applications.add(applicant, id, "credentials-held", Drafts.credential("EMCC", "Senior Practitioner", true,
                applications.uploadPdf(applicant, id, "emcc-certificate"))).statusCode(201);
        applications.put(applicant, id, "contribution",
                Drafts.contribution(applications.uploadPdf(applicant, id, "contribution"))).statusCode(200);
        applications.put(applicant, id, "ethics", Drafts.ethics()).statusCode(200);
        applications.submit(applicant, id).statusCode(200).body("status", equalTo("SUBMITTED"));

        // eligibility-service: not eligible, each requirement explained.
        JsonPath decision = Awaitility.await("the decision on " + id).atMost(ASYNC)
                .until(() -> world.apis().eligibility().decision(applicant, id).extract(),
                        response -> response.statusCode() == 200)
                .jsonPath();
        assertFalse(decision.getBoolean("eligible"));
        assertEquals("IPMA_MM", decision.getString("programme"));
        List<Map<String, Object>> requirements = decision.getList("requirements");
        assertThat(requirements.stream().map(r -> r.get("code") + "=" + r.get("met")).toList(), containsInAnyOrder(
                "PRIOR_CREDENTIAL=false", "SERVICE_HOURS=false", "MENTORING_YEARS=false",
                "SIGNIFICANT_CONTRIBUTION=true", "ETHICS_DECLARATION=true"));
        List<Map<String, Object>> unmet = requirements.stream().filter(r -> !(Boolean) r.get("met")).toList();
        Map<String, Object> hours = unmet.stream().filter(r -> r.get("code").equals("SERVICE_HOURS")).findFirst()
                .orElseThrow();
        assertEquals("500", hours.get("required"));
        assertEquals("300", hours.get("actual"));
        assertThat((String) hours.get("explanation"), startsWith("200 more service hours"));
        assertThat(decision.getList("missing", String.class),
                containsInAnyOrder(unmet.stream().map(r -> r.get("explanation")).toArray()));
        List<Event> decided = world.trail().distinct("EligibilityDecided", id);
        assertThat(decided, hasSize(1));
        assertFalse(decided.get(0).data().path("eligible").asBoolean());

        // The email names each unmet requirement with its explanation, and none of the met ones.
        Mail email = world.mailbox().awaitOne(applicant.email(), "does not meet the requirements yet", ASYNC);
        assertThat(email.subject(), containsString("IPMA Level 4 Master Mentor"));
        for (Map<String, Object> requirement : requirements) {
            String description = (String) requirement.get("description");
            if ((Boolean) requirement.get("met")) {
                assertThat(email.text(), not(containsString(description)));
            } else {
                assertThat(email.text(), containsString(description));
                assertThat(email.text(), containsString((String) requirement.get("explanation")));
            }
        }

        // payment-service has seen the decision and issued nothing; notification-service sent two emails, once each.
        world.groups().awaitCaughtUp("payment-service", ASYNC, "application-events", "eligibility-events");
        world.apis().payment().invoices(applicant, id).statusCode(200).body("total", equalTo(0));
        assertThat(world.trail().events("InvoiceIssued", id), empty());
        world.groups().awaitCaughtUp("notification-service", ASYNC, "application-events", "eligibility-events");
        assertThat(world.apis().notification().log(id).stream()
                .map(n -> n.get("template") + " " + n.get("status") + " " + n.get("recipient")).toList(),
                containsInAnyOrder("application-submitted SENT " + applicant.email(),
                        "eligibility-decided SENT " + applicant.email()));
        List<Mail> received = world.mailbox().to(applicant.email());
        assertThat(received, hasSize(2));
        assertThat(received.stream().map(Mail::subject).toList(), containsInAnyOrder(
                startsWith("We received your application for IPMA Level 4 Master Mentor"), equalTo(email.subject())));

        // application-service, the process manager, closed the application as INELIGIBLE.
        world.groups().awaitCaughtUp("application-service", ASYNC, "eligibility-events");
        applications.get(applicant, id).statusCode(200).body("status", equalTo("INELIGIBLE"))
                .body("timeline.findAll { it.to == 'INELIGIBLE' }", hasSize(1));
    }
}
