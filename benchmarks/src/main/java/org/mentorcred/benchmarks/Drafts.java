package org.mentorcred.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * Complete IPMA_AM drafts, ready to submit, made through the public API: a profile, a draft, one completed
 * 40-hour engagement and the ethics declaration. IPMA_AM is eligible with exactly that, so each submission
 * runs the whole journey: decision, invoice, emails. Preparing is not measured.
 */
final class Drafts {

    record Draft(String subject, String token, String applicationId, String email) {
    }

    private final Api api;
    private final Tokens tokens;
    private final String applicationUrl;

    Drafts(Api api, Tokens tokens, String applicationUrl) {
        this.api = api;
        this.tokens = tokens;
        this.applicationUrl = applicationUrl;
    }

    List<Draft> prepare(String prefix, int count, int concurrency) {
        Semaphore permits = new Semaphore(concurrency);
        List<CompletableFuture<Draft>> futures = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            permits.acquireUninterruptibly();
            CompletableFuture<Draft> draft = prepare(prefix + "-" + i);
            draft.whenComplete((d, e) -> permits.release());
            futures.add(draft);
        }
        return futures.stream().map(CompletableFuture::join).toList();
    }

    private CompletableFuture<Draft> prepare(String subject) {
        String token = tokens.of("applicant", subject);
        String email = Tokens.email(subject);
        String base = applicationUrl + "/api/v1";
        return api.async("PUT", base + "/applicants/me", token, profile(subject, email))
                .thenCompose(r -> api.async("POST", base + "/applications", token,
                        Map.of("programme", "IPMA_AM")).thenApply(x -> {
                            r.expect(201);
                            return x.expect(201).text("id");
                        }))
                .thenCompose(id -> api.async("POST", base + "/applications/" + id + "/engagements", token, engagement())
                        .thenCompose(r -> {
                            r.expect(201);
                            return api.async("PUT", base + "/applications/" + id + "/ethics", token,
                                    Map.of("accepted", true, "codeVersion", "2024-01"));
                        })
                        .thenApply(r -> {
                            r.expect(200);
                            return new Draft(subject, token, id, email);
                        }));
    }

    private static Map<String, Object> profile(String subject, String email) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", "Bench " + subject);
        p.put("email", email);
        p.put("preferredLanguage", "en");
        p.put("country", "GB");
        p.put("city", "London");
        p.put("latitude", 51.5072);
        p.put("longitude", -0.1276);
        p.put("highestEducation", "BACHELOR");
        p.put("member", true);
        p.put("memberSince", "2021-03-01");
        return p;
    }

    private static Map<String, Object> engagement() {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("menteeName", "Jonas Berg");
        e.put("menteeEmail", "jonas.berg@example.org");
        e.put("kind", "INTERNAL");
        e.put("startDate", "2023-01-09");
        e.put("endDate", "2023-12-15");
        e.put("hours", 40);
        e.put("completed", true);
        return e;
    }
}
