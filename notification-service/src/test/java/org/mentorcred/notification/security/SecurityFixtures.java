package org.mentorcred.notification.security;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mentorcred.infra.test.authz.MatrixCall;
import org.mentorcred.infra.test.authz.MatrixFixtures;
import org.mentorcred.notification.support.DeliveryLog;
import org.mentorcred.notification.support.Events;

/** Applicant A's submission receipt, sent through the broker and delivered: the notification the tests address. */
final class SecurityFixtures implements MatrixFixtures {

    private final Map<String, String> vars;

    private SecurityFixtures(Map<String, String> vars) {
        this.vars = vars;
    }

    static SecurityFixtures create(String bootstrap) {
        UUID application = UUID.randomUUID();
        try (Events events = new Events(bootstrap)) {
            events.submitted(application, "Amara Okafor", Events.freshEmail("amara"), "en");
        }
        List<Map<String, Object>> sent = DeliveryLog.awaitApplication(application, 1, DeliveryLog.status("SENT"));
        return new SecurityFixtures(Map.of("application", application.toString(),
                "notification", sent.get(0).get("id").toString()));
    }

    @Override
    public Map<String, String> variables(MatrixCall call) {
        return vars;
    }
}
