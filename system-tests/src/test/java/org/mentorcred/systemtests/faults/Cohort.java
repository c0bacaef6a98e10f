package org.mentorcred.systemtests.faults;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.mentorcred.systemtests.World;
import org.mentorcred.systemtests.api.Applicant;
import org.mentorcred.systemtests.support.Concurrently;
import org.mentorcred.systemtests.support.Ids;
import org.mentorcred.systemtests.support.Mail;

/**
 * Many applicants at once, each with an eligible IPMA_AM draft (the cheapest complete one: a profile, a draft, an
 * engagement and the ethics declaration), emailed at addresses of the cohort's own domain. The faults submit them
 * while something breaks, then check that each still got exactly one decision, one invoice and one email of each.
 */
final class Cohort {

    record Member(Applicant applicant, String applicationId) {
    }

    private static final String PROGRAMME = "IPMA_AM";
    /** The emails each member receives, once each: submission receipt, eligibility, invoice. */
    private static final List<String> EMAILS = List.of("We received your application for",
            "You are eligible for", "Invoice INV-");

    private final World world;
    private final String domain;
    private final List<Member> members;

    private Cohort(World world, String domain, List<Member> members) {
        this.world = world;
        this.domain = domain;
        this.members = members;
    }

    /** {@code size} applicants with their drafts, built concurrently. */
    static Cohort ofDrafts(World world, String label, int size) {
        String domain = Ids.domain(label);
        List<Member> members = Concurrently.times(size, i -> {
            Applicant applicant = world.apis().application().newApplicant(domain);
            return new Member(applicant, world.apis().drafts().eligible(applicant, PROGRAMME));
        });
        return new Cohort(world, domain, members);
    }

    List<Member> members() {
        return members;
    }

    List<String> applicationIds() {
        return members.stream().map(Member::applicationId).toList();
    }

    /** Submits these members concurrently; each submission must be accepted. */
    static void submit(World world, List<Member> members) {
        Concurrently.map(members, m -> world.apis().application().submit(m.applicant(), m.applicationId())
                .statusCode(200).body("status", equalTo("SUBMITTED")));
    }

    void submitAll() {
        submit(world, members);
    }

    /** Waits until every member has a decision and an invoice on the event topics. */
    void awaitDecidedAndInvoiced(Duration timeout) {
        world.trail().awaitEach("EligibilityDecided", applicationIds(), timeout);
        world.trail().awaitEach("InvoiceIssued", applicationIds(), timeout);
    }

    /**
     * Each application: exactly one decision and one invoice (distinct events on the topics, and the invoice as
     * finance sees it), and its applicant exactly one email of each kind. Waits for the emails first, and for
     * notification-service to have processed everything, so a late duplicate would be seen.
     */
    void assertEachDecidedInvoicedAndEmailedOnce(Duration timeout) {
        List<String> ids = applicationIds();
        assertThat("applications without exactly one EligibilityDecided",
                world.trail().notExactlyOnce("EligibilityDecided", ids), anEmptyMap());
        assertThat("applications without exactly one InvoiceIssued",
                world.trail().notExactlyOnce("InvoiceIssued", ids), anEmptyMap());
        List<String> wrongInvoices = Concurrently.map(members, m -> {
            var invoices = world.apis().payment().invoicesAsFinance(m.applicationId());
            return invoices.size() == 1 && "OPEN".equals(invoices.get(0).get("status")) ? null
                    : m.applicationId() + " has " + invoices;
        }).stream().filter(w -> w != null).toList();
        assertThat("invoices per application", wrongInvoices, empty());

        List<String> addresses = members.stream().map(m -> m.applicant().email()).toList();
        Predicate<Mail> expected = mail -> EMAILS.stream().anyMatch(mail::subjectContains);
        world.mailbox().awaitEach(domain, addresses, expected, EMAILS.size(), timeout);
        world.groups().awaitCaughtUp("notification-service", timeout, "application-events", "eligibility-events",
                "payment-events");
        Map<String, List<Mail>> received = world.mailbox().byRecipient(domain);
        Map<String, List<String>> wrongEmails = new TreeMap<>();
        for (String address : addresses) {
            List<Mail> mails = received.getOrDefault(address.toLowerCase(), List.of());
            List<String> counts = new ArrayList<>();
            for (String subject : EMAILS) {
                long count = mails.stream().filter(m -> m.subjectContains(subject)).count();
                if (count != 1) {
                    counts.add(count + " x \"" + subject + "\"");
                }
            }
            if (mails.size() != EMAILS.size()) {
                counts.add(mails.size() + " emails in all: " + mails);
            }
            if (!counts.isEmpty()) {
                wrongEmails.put(address, counts);
            }
        }
        assertThat("recipients without exactly one email of each kind", wrongEmails, anEmptyMap());
    }
}
