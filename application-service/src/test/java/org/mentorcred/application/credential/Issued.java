package org.mentorcred.application.credential;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.mentorcred.application.support.Fixtures.asApplicant;
import static org.mentorcred.application.support.Fixtures.createProfile;
import static org.mentorcred.application.support.Fixtures.fresh;
import static org.mentorcred.application.support.Fixtures.profile;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mentorcred.application.application.Application;
import org.mentorcred.application.application.ApplicationStatus;
import org.mentorcred.application.credential.repository.CredentialRepository;
import org.mentorcred.application.support.Journeys;
import org.mentorcred.infra.test.TestProducer;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Test support for the tests whose subject is the credential itself: an application submitted through the real
 * endpoints ({@link Journeys}), then approved and issued in one transaction, as the reviewer's decision does it
 * ({@code ReviewService}: status APPROVED and {@link CredentialIssuance#issueFor}), without driving payment, exam and
 * review events through the broker first. The whole journey, approval included, is tested by
 * {@code CpmReviewJourneyTest} and {@code IpmaExamJourneyTest}.
 */
@ApplicationScoped
public class Issued {

    /** A credential, who holds it and the programme applied for. */
    public record Holder(String subject, String applicationId, String number, String programme) {
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    CredentialIssuance issuance;

    @Inject
    CredentialRepository credentials;

    @Inject
    EntityManager em;

    /** An IMC_CPM credential of a new member. */
    public Holder cpm() {
        String[] submitted = Journeys.submittedCpm();
        return new Holder(submitted[0], submitted[1], approveAndIssue(submitted[1]), "IMC_CPM");
    }

    /** An IPMA_AM credential of a new holder with this membership ({@code memberSince} null: not a member). */
    public Holder ipma(String memberSince) {
        String subject = fresh("holder");
        Map<String, Object> profile = profile(subject + "@example.org", 48.8566, 2.3522);
        profile.put("member", memberSince != null);
        profile.put("memberSince", memberSince);
        createProfile(subject, profile);
        String applicationId = Journeys.submittedIpma(subject, "IPMA_AM");
        return new Holder(subject, applicationId, approveAndIssue(applicationId), "IPMA_AM");
    }

    /** The reviewer's approval without the journey before it: APPROVED and issued in one transaction. */
    public String approveAndIssue(String applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Application application = em.find(Application.class, UUID.fromString(applicationId));
            application.status = ApplicationStatus.APPROVED;
            issuance.issueFor(application);
            return credentials.findByApplication(application.id).orElseThrow().number;
        });
    }

    /**
     * Permanent status bought the real way: the holder asks for it, payment-service's invoice and payment of it arrive
     * on payment-events and go through the process consumer. Waits until the credential is permanent.
     */
    public void makePermanent(Holder holder) {
        asApplicant(holder.subject()).when().post("/api/v1/credentials/" + holder.number() + "/permanent-status")
                .then().statusCode(202);
        try (TestProducer producer = new TestProducer(bootstrap)) {
            Journeys.payPermanentUpgrade(producer, holder.applicationId(), holder.programme(), holder.number());
        }
        await().atMost(Journeys.WAIT).until(() -> given().when().get("/api/v1/credentials/" + holder.number()
                + "/verification").then().statusCode(200).extract().<Boolean> path("permanent"));
    }

    /** Moves a credential's validity (tests of renewal and expiry need one near its end). */
    public void setValidity(String number, Instant issuedAt, Instant expiresAt) {
        QuarkusTransaction.requiringNew().run(() -> {
            Credential credential = credentials.findByNumber(number).orElseThrow();
            credential.issuedAt = issuedAt;
            credential.periodStart = issuedAt;
            credential.expiresAt = expiresAt;
        });
    }

    /** Events of {@code type} recorded for the application (the outbox, written in the change's transaction). */
    public long recorded(String applicationId, String type) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM outbox_event WHERE message_key = ?1 AND event_type = ?2")
                .setParameter(1, applicationId).setParameter(2, type).getSingleResult()).longValue());
    }
}
