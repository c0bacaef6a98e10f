package org.mentorcred.systemtests.journeys;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.mentorcred.systemtests.World.ASYNC;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mentorcred.infra.suite.ServiceProcess;
import org.mentorcred.infra.suite.Suite;
import org.mentorcred.systemtests.api.Applicant;
import org.mentorcred.systemtests.api.ApplicationApi;
import org.mentorcred.systemtests.api.PaymentApi;
import org.mentorcred.systemtests.support.Event;
import org.mentorcred.systemtests.support.Ids;

/**
 * Secrets never reach a log. A CPM journey through all five services with every kind of secret the suite handles —
 * bearer tokens, a partner API key (and a wrong one), the contents of an uploaded document, card numbers (one
 * declined), the referees' single-use link tokens — then every line that every service instance has logged since the
 * suite started (so the other tests' tokens too) is searched: none of them may appear. A finding names the file, the
 * line and the kind of secret, never the secret.
 */
class SecretsInLogsIT extends Journey {

    /** Any signed JWT: a bearer token is one, and no log line has a reason to carry one. */
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{10,}");

    @Test
    void noSecretOfAFullJourneyReachesAnyServiceLog() {
        ApplicationApi applications = world.apis().application();
        Applicant applicant = applications.newApplicant(Ids.domain("secrets"));
        String id = world.apis().drafts().eligible(applicant, "IMC_CPM");
        String document = "CONFIDENTIAL-" + UUID.randomUUID();
        applications.uploadPdf(applicant, id, "evidence.pdf", document);

        String key = steps.partnerKey("ACCREDITED", Ids.domain("secrets-partner"), 51.4, -0.9);
        // A record of another learner: the applicant's evidence stays what the eligible draft holds.
        Applicant learner = new Applicant(Ids.fresh("learner"), "Lee Learner", Ids.fresh("lee") + "@" + Ids.domain("l"));
        List<Map<String, Object>> records = List.of(ApplicationApi.completion(learner, Ids.fresh("rec"),
                "Foundations of Professional Mentoring", null, 36, 3, "BLENDED"));
        applications.pushCompletions(key, records).statusCode(200);
        String wrongKey = key.substring(0, key.length() - 4) + "AAAA";
        applications.pushCompletions(wrongKey, records).statusCode(401);

        applications.submit(applicant, id).statusCode(200);
        world.trail().awaitOne("EligibilityDecided", id, ASYNC);
        String invoice = steps.awaitInvoice(applicant, id).getString("id");
        world.apis().payment().pay(applicant, invoice, UUID.randomUUID().toString(), PaymentApi.CARD_DECLINED)
                .then().statusCode(402);
        steps.pay(applicant, id, "250.00");
        steps.awaitStatus(applicant, id, "UNDER_REVIEW");

        List<Event> requests = org.awaitility.Awaitility.await("two reference checks").atMost(ASYNC)
                .until(() -> world.trail().distinct("ReferenceCheckRequested", id), r -> r.size() == 2);
        Map<String, String> secrets = new LinkedHashMap<>();
        for (Event request : requests) {
            String url = request.text("confirmationUrl");
            String token = url.substring(url.lastIndexOf('/') + 1);
            secrets.put("a referee's link token", token);
            world.mailbox().awaitOne(request.data().path("referee").path("email").asText(), "named you as a reference",
                    ASYNC);
            applications.answerReferenceCheck(token, true, "Yes.").statusCode(200);
        }
        applications.assign("reviewer-1", id).statusCode(200);
        applications.decide("reviewer-1", id, "APPROVED", null).statusCode(200);
        String number = world.trail().awaitOne("CredentialIssued", id, ASYNC).text("credentialNumber");
        applications.verification(number).statusCode(200).body("status", equalTo("ACTIVE"));
        world.mailbox().awaitOne(applicant.email(), "Your credential " + number, ASYNC);

        secrets.put("the partner API key", key);
        secrets.put("the partner API key's secret part", key.substring(key.lastIndexOf('_') + 1));
        secrets.put("a wrong partner API key", wrongKey);
        secrets.put("the uploaded document's contents", document);
        secrets.put("a card number", PaymentApi.CARD_SUCCEEDS);
        secrets.put("a declined card number", PaymentApi.CARD_DECLINED);

        List<String> findings = new ArrayList<>();
        int files = 0;
        long lines = 0;
        boolean live = false;
        for (String service : Suite.SERVICES) {
            for (ServiceProcess instance : world.suite().instances(service)) {
                Path log = instance.log();
                if (!Files.exists(log)) {
                    continue;
                }
                files++;
                List<String> content = read(log);
                lines += content.size();
                for (int i = 0; i < content.size(); i++) {
                    String line = content.get(i);
                    live |= line.contains("Credential " + number + " issued");
                    if (JWT.matcher(line).find()) {
                        findings.add(log.getFileName() + ":" + (i + 1) + " holds a JWT (a bearer token)");
                    }
                    for (Map.Entry<String, String> secret : secrets.entrySet()) {
                        if (line.contains(secret.getValue())) {
                            findings.add(log.getFileName() + ":" + (i + 1) + " holds " + secret.getKey());
                        }
                    }
                }
            }
        }
        world.log("searched %d log lines of %d service instances for %d secrets and any JWT", lines, files,
                secrets.size());
        assertTrue(files >= Suite.SERVICES.size(), "every service's log was read");
        assertTrue(live, "the logs read are the live ones: application-service's tells of the credential it issued");
        if (!findings.isEmpty()) {
            fail(findings.size() + " secrets in the services' logs:\n" + String.join("\n", findings));
        }
    }

    private static List<String> read(Path log) {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            try {
                return List.of(new String(Files.readAllBytes(log), StandardCharsets.ISO_8859_1).split("\n"));
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
