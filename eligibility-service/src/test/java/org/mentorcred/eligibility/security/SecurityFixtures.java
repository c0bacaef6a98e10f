package org.mentorcred.eligibility.security;

import static org.mentorcred.eligibility.Submissions.APPLICATION_EVENTS;
import static org.mentorcred.eligibility.Submissions.ELIGIBILITY_EVENTS;
import static org.mentorcred.eligibility.Submissions.SUBMITTED;
import static org.mentorcred.eligibility.Submissions.awaitDecided;
import static org.mentorcred.eligibility.Submissions.example;

import java.util.Map;
import java.util.UUID;

import org.mentorcred.infra.test.TestProducer;
import org.mentorcred.infra.test.TopicProbe;
import org.mentorcred.infra.test.authz.MatrixCall;
import org.mentorcred.infra.test.authz.MatrixFixtures;
import org.mentorcred.infra.test.authz.Principal;

/** Applicant A's application, submitted through the broker and decided: the decision the tests address. */
final class SecurityFixtures implements MatrixFixtures {

    private final Map<String, String> vars;

    SecurityFixtures(String bootstrap) {
        UUID applicationId = UUID.randomUUID();
        try (TestProducer producer = new TestProducer(bootstrap);
                TopicProbe probe = TopicProbe.fromNow(bootstrap, ELIGIBILITY_EVENTS)) {
            producer.sendEvent(APPLICATION_EVENTS, applicationId.toString(), SUBMITTED,
                    example(applicationId, Principal.APPLICANT_A.subject()).toString());
            awaitDecided(probe, applicationId);
        }
        vars = Map.of("application", applicationId.toString());
    }

    @Override
    public Map<String, String> variables(MatrixCall call) {
        return vars;
    }
}
