package org.mentorcred.systemtests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.mentorcred.systemtests.World.ASYNC;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorcred.infra.suite.Suite;
import org.mentorcred.systemtests.api.Applicant;
import org.mentorcred.systemtests.support.Concurrently;
import org.mentorcred.systemtests.support.Event;
import org.mentorcred.systemtests.support.Ids;

/**
 * The drafts every journey starts from: for each programme, the draft {@code Drafts.eligible} fills is complete
 * (application-service accepts it), meets every rule (eligibility-service) and is invoiced at the programme's member
 * fee plus its exam fee (payment-service). A journey that fails later can then trust its starting point.
 */
@ExtendWith(SuiteExtension.class)
class EligibleDraftsIT {

    /** Member accreditation fee + exam fee, payment-service's fee schedule v1 (DOMAIN.md). */
    private static final Map<String, String> TOTALS = Map.of(
            "IMC_CPM", "250.00",
            "IPMA_AM", "130.00",
            "IPMA_PM", "170.00",
            "IPMA_SM", "430.00",
            "IPMA_MM", "830.00",
            "IPMA_SM_FAST_TRACK", "430.00");

    private static World world;

    @BeforeAll
    static void connect(Suite suite) {
        world = World.of(suite);
    }

    @AfterAll
    static void disconnect() {
        world.close();
    }

    @Test
    void eachProgrammesFilledDraftIsEligibleAndInvoicedAtItsFee() {
        String domain = Ids.domain("drafts");
        List<String> programmes = List.copyOf(TOTALS.keySet());
        List<String> ids = Concurrently.map(programmes, programme -> {
            Applicant applicant = world.apis().application().newApplicant(domain);
            String id = world.apis().drafts().eligible(applicant, programme);
            world.apis().application().submit(applicant, id).statusCode(200);
            return id;
        });

        world.trail().awaitEach("InvoiceIssued", ids, ASYNC);
        for (int i = 0; i < programmes.size(); i++) {
            String programme = programmes.get(i);
            List<Event> decided = world.trail().distinct("EligibilityDecided", ids.get(i));
            assertThat(programme, decided, hasSize(1));
            assertThat(programme + " eligible: " + decided.get(0).data(),
                    decided.get(0).data().path("eligible").asBoolean(), equalTo(true));
            assertThat(programme + " pending review", decided.get(0).data().path("pendingReview").asBoolean(),
                    equalTo(programme.equals("IPMA_MM")));
            List<Map<String, Object>> invoices = world.apis().payment().invoicesAsFinance(ids.get(i));
            assertThat(programme, invoices, hasSize(1));
            assertThat(programme + " total", invoices.get(0).get("total"), equalTo(TOTALS.get(programme)));
        }
    }
}
