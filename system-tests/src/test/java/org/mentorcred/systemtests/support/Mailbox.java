package org.mentorcred.systemtests.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import com.icegreen.greenmail.util.GreenMail;

/**
 * The emails the suite's SMTP server received, read per recipient. Every test uses addresses of its own
 * (see {@link Ids#domain}), so what one test sends never counts for another.
 */
public final class Mailbox {

    private final GreenMail smtp;

    public Mailbox(GreenMail smtp) {
        this.smtp = smtp;
    }

    /** Every email received for {@code address} so far, in arrival order. */
    public List<Mail> to(String address) {
        return smtp.findReceivedMessages(user -> address.equalsIgnoreCase(user.getEmail()), message -> true)
                .map(Mail::of).toList();
    }

    /** Every email received for an address of {@code domain}, grouped by address. */
    public Map<String, List<Mail>> byRecipient(String domain) {
        String suffix = "@" + domain.toLowerCase();
        return smtp.findReceivedMessages(user -> user.getEmail().toLowerCase().endsWith(suffix), message -> true)
                .map(Mail::of)
                .collect(Collectors.groupingBy(mail -> mail.to().get(0).toLowerCase()));
    }

    /** Waits for the first email to {@code address} whose subject contains {@code subject}. */
    public Mail awaitOne(String address, String subject, Duration timeout) {
        return await(address, mail -> mail.subjectContains(subject), 1, timeout).get(0);
    }

    /** Waits until {@code count} emails to {@code address} match; fails listing what did arrive. */
    public List<Mail> await(String address, Predicate<Mail> filter, int count, Duration timeout) {
        try {
            return Awaitility.await("emails to " + address)
                    .atMost(timeout).pollInterval(Duration.ofMillis(300))
                    .until(() -> to(address).stream().filter(filter).toList(), found -> found.size() >= count);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Expected " + count + " matching emails to " + address + " within " + timeout
                    + "; received: " + to(address), e);
        }
    }

    /** The emails to {@code address} whose subject contains {@code subject}. */
    public List<Mail> withSubject(String address, String subject) {
        return to(address).stream().filter(mail -> mail.subjectContains(subject)).toList();
    }

    /** Waits until every address of {@code domain} has at least {@code perRecipient} emails matching the filter. */
    public Map<String, List<Mail>> awaitEach(String domain, List<String> addresses, Predicate<Mail> filter,
            int perRecipient, Duration timeout) {
        try {
            return Awaitility.await("emails to " + addresses.size() + " recipients at " + domain)
                    .atMost(timeout).pollInterval(Duration.ofSeconds(2))
                    .until(() -> byRecipient(domain), received -> missing(received, addresses, filter, perRecipient)
                            .isEmpty());
        } catch (ConditionTimeoutException e) {
            List<String> missing = missing(byRecipient(domain), addresses, filter, perRecipient);
            throw new AssertionError(missing.size() + " of " + addresses.size() + " recipients have fewer than "
                    + perRecipient + " of the expected emails after " + timeout + ", e.g. "
                    + missing.stream().limit(3).map(a -> a + ": " + to(a)).toList(), e);
        }
    }

    private static List<String> missing(Map<String, List<Mail>> received, List<String> addresses,
            Predicate<Mail> filter, int perRecipient) {
        return addresses.stream().filter(a -> received.getOrDefault(a.toLowerCase(), List.of()).stream()
                .filter(filter).count() < perRecipient).toList();
    }
}
