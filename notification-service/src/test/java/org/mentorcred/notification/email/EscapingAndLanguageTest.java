package org.mentorcred.notification.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mentorcred.notification.support.EmailAssertions.assertBothParts;
import static org.mentorcred.notification.support.EmailAssertions.assertContains;
import static org.mentorcred.notification.support.EmailAssertions.assertLacks;
import static org.mentorcred.notification.support.Events.APPLICATION;
import static org.mentorcred.notification.support.Events.EXAM;
import static org.mentorcred.notification.support.Events.PAYMENT;
import static org.mentorcred.notification.support.Events.example;
import static org.mentorcred.notification.support.Events.freshEmail;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorcred.notification.support.DeliveryLog;
import org.mentorcred.notification.support.Events;
import org.mentorcred.notification.support.ReceivedEmail;
import org.mentorcred.notification.support.SmtpServer;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/** Values from events never become markup or headers; emails speak the recipient's language, or English. */
@QuarkusTest
class EscapingAndLanguageTest {

    SmtpServer smtp;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    Events events;

    @BeforeEach
    void open() {
        events = new Events(bootstrap);
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void markupInANameArrivesEscapedInTheHtmlPart() {
        String email = freshEmail("script");
        events.submitted(UUID.randomUUID(), "<script>alert(1)</script>", email, "en");

        ReceivedEmail received = smtp.awaitOneTo(email);
        assertContains("HTML part", received.html(), "Dear &lt;script&gt;alert(1)&lt;/script&gt;,");
        assertLacks("HTML part", received.html(), "<script");
        // Plain text is not markup: the name reads as it was given.
        assertContains("text part", received.text(), "Dear <script>alert(1)</script>,");
    }

    @Test
    void markupFromTheProjectionAndFromReviewersIsEscapedToo() {
        UUID applicationId = UUID.randomUUID();
        String email = freshEmail("bob");
        events.submitted(applicationId, "<b>Bob</b> & \"Co\"", email, "en");
        smtp.awaitOneTo(email);
        ObjectNode decided = example(APPLICATION, "ApplicationDecided", applicationId);
        ((ObjectNode) decided.get("applicant")).put("name", "<b>Bob</b> & \"Co\"").put("email", email);
        decided.put("decision", "REJECTED");
        decided.putArray("reasons").add("<img src=x onerror=alert(1)> is not a reference");
        events.send(APPLICATION, "ApplicationDecided", decided);
        events.send(PAYMENT, "RefundIssued", example(PAYMENT, "RefundIssued", applicationId));

        List<ReceivedEmail> received = smtp.awaitMessagesTo(email, 3);
        for (ReceivedEmail r : received) {
            assertContains("HTML part of " + r.subject(), r.html(), "Dear &lt;b&gt;Bob&lt;/b&gt; &amp; &quot;Co&quot;,");
            assertLacks("HTML part of " + r.subject(), r.html(), "<b>Bob", "<img");
        }
        ReceivedEmail rejection = received.stream().filter(r -> r.subject().startsWith("Decision")).findFirst().orElseThrow();
        assertContains("HTML part", rejection.html(), "&lt;img src=x onerror=alert(1)&gt; is not a reference");
    }

    @Test
    void lineBreaksInAValueCannotAddHeaders() {
        String referee = freshEmail("referee");
        String victim = freshEmail("victim");
        ObjectNode request = example(APPLICATION, "ReferenceCheckRequested", UUID.randomUUID());
        ((ObjectNode) request.get("applicant")).put("name", "Eve\r\nBcc: " + victim);
        ((ObjectNode) request.get("referee")).put("email", referee);
        events.send(APPLICATION, "ReferenceCheckRequested", request);

        ReceivedEmail received = smtp.awaitOneTo(referee);
        assertEquals("Eve Bcc: " + victim + " named you as a reference: please confirm", received.subject());
        assertEquals(List.of(referee), received.to());
        assertEquals(0, smtp.messagesTo(victim).size());
    }

    @Test
    void regionalFrenchGetsTheFrenchEmails() {
        UUID applicationId = UUID.randomUUID();
        String email = freshEmail("camille");
        events.submitted(applicationId, "Camille Dubois", email, "fr-CA");
        ReceivedEmail receipt = smtp.awaitOneTo(email);
        assertEquals("Nous avons bien reçu votre candidature : Certified Professional Mentor (IMC)", receipt.subject());
        assertBothParts(receipt, "Bonjour Camille Dubois,", "20 novembre 2026", "Merci de le rappeler");
        assertContains("HTML part", receipt.html(), "<html lang=\"fr\">", "Et maintenant ?");

        // Events that only name the application reach the applicant in their language too.
        events.send(PAYMENT, "InvoiceIssued", example(PAYMENT, "InvoiceIssued", applicationId));
        events.send(EXAM, "ExamResultRecorded", example(EXAM, "ExamResultRecorded", applicationId));
        List<ReceivedEmail> received = smtp.awaitMessagesTo(email, 3);
        ReceivedEmail invoice = received.stream().filter(r -> r.subject().startsWith("Facture")).findFirst().orElseThrow();
        assertEquals("Facture INV-2026-000123 : 170,00 USD à régler avant le 20 décembre 2026", invoice.subject());
        assertBothParts(invoice, "Merci de régler cette facture avant le", "139,00 USD");
        ReceivedEmail result = received.stream().filter(r -> r.subject().startsWith("Résultat")).findFirst().orElseThrow();
        assertEquals("Résultat de votre examen niveau 2 – Professional Mentor : réussi (72,5 %)", result.subject());
        assertBothParts(result, "Compétences en coaching", "Code d'éthique et de déontologie", "seuil de réussite");

        DeliveryLog.ofApplication(applicationId).forEach(row -> assertEquals("fr", row.get("language")));
    }

    @Test
    void aLanguageWithoutTemplatesFallsBackToEnglish() {
        UUID applicationId = UUID.randomUUID();
        String email = freshEmail("jonas");
        events.submitted(applicationId, "Jonas Berg", email, "de-DE");

        ReceivedEmail receipt = smtp.awaitOneTo(email);
        assertEquals("We received your application for Certified Professional Mentor (IMC)", receipt.subject());
        assertBothParts(receipt, "Dear Jonas Berg,");
        List<Map<String, Object>> log = DeliveryLog.ofApplication(applicationId);
        assertEquals("en", log.get(0).get("language"));
    }
}
