package org.mentorcred.benchmarks;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.HdrHistogram.Histogram;
import org.mentorcred.infra.test.TestProducer;

/**
 * 3. Seat contention: {@code requests} candidates, each with an exam authorisation (announced to exam-service as
 * {@code ExamAuthorized} events, as application-service would), all book the same {@code seats}-seat session at
 * once. Exactly {@code seats} must get it; the others a 409. The winners cancel afterwards, so the same candidates
 * take part in every round.
 */
final class SeatContentionBenchmark {

    static final double TARGET_P99_MS = 100;

    record Round(int number, int booked, int full, Map<Integer, Integer> statuses, int seatsTaken, Histogram latencyMicros,
            double wallMs) {
        boolean exact(int seats) {
            return booked == seats && seatsTaken == seats;
        }
    }

    private record Candidate(String subject, String token) {
    }

    private final Context ctx;

    SeatContentionBenchmark(Context ctx) {
        this.ctx = ctx;
    }

    List<Round> run() {
        Settings s = ctx.settings();
        String exam = ctx.url("exam-service");
        String admin = ctx.tokens().admin();
        String centreId = ctx.api().call("POST", exam + "/api/v1/centres", admin, centre(s.seats())).expect(201).text("id");
        List<Candidate> candidates = authorise(s.seatRequests());
        List<Round> rounds = new ArrayList<>();
        for (int round = 0; round <= s.seatRounds(); round++) {
            Round r = round(exam, centreId, candidates, round);
            if (round == 0) {
                Context.log("seats: warm-up round: " + r.statuses());
                continue;
            }
            rounds.add(r);
            Context.log(String.format("seats round %d: %d booked, %d full, seats taken %d, p99 %.0f ms, %s", round,
                    r.booked(), r.full(), r.seatsTaken(), r.latencyMicros().getValueAtPercentile(99) / 1000.0, r.statuses()));
        }
        return rounds;
    }

    private List<Candidate> authorise(int count) {
        String exam = ctx.url("exam-service");
        List<Candidate> candidates = new ArrayList<>();
        try (TestProducer producer = new TestProducer(ctx.suite().kafka().bootstrapServers())) {
            for (int i = 0; i < count; i++) {
                String subject = "seat-" + i;
                String applicationId = UUID.randomUUID().toString();
                Map<String, Object> candidate = new LinkedHashMap<>();
                candidate.put("applicantId", UUID.randomUUID().toString());
                candidate.put("name", "Seat Candidate " + i);
                candidate.put("email", Tokens.email(subject));
                candidate.put("preferredLanguage", "en");
                candidate.put("subject", subject);
                candidate.put("country", "GB");
                candidate.put("city", "London");
                candidate.put("latitude", 51.5072);
                candidate.put("longitude", -0.1276);
                Map<String, Object> event = new LinkedHashMap<>();
                event.put("applicationId", applicationId);
                event.put("authorizationId", UUID.randomUUID().toString());
                event.put("programme", "IPMA_AM");
                event.put("level", "AM");
                event.put("candidate", candidate);
                event.put("attemptsAllowed", 3);
                event.put("attemptsUsed", 0);
                event.put("authorizedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
                producer.sendEvent("application-events", applicationId, "org.mentorcred.application.ExamAuthorized.v1",
                        Api.write(event));
                candidates.add(new Candidate(subject, ctx.tokens().of("applicant", subject)));
            }
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (ctx.api().call("GET", exam + "/api/v1/authorizations?size=1", ctx.tokens().admin(), null).expect(200)
                .json().path("total").asLong() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("exam-service did not receive the " + count + " authorisations");
            }
            Quiesce.sleep(500);
        }
        ctx.quiesce().await(Duration.ofMinutes(10));
        return candidates;
    }

    private Round round(String exam, String centreId, List<Candidate> candidates, int number) {
        Settings s = ctx.settings();
        String admin = ctx.tokens().admin();
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("centreId", centreId);
        session.put("level", "AM");
        session.put("startsAt", Instant.now().plus(60, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS)
                .plus(number, ChronoUnit.HOURS).toString());
        session.put("seats", s.seats());
        String sessionId = ctx.api().call("POST", exam + "/api/v1/sessions", admin, session).expect(201).text("id");
        List<HttpRequest> requests = candidates.stream().map(c -> Api.request("POST", exam + "/api/v1/bookings", c.token(),
                Map.of("sessionId", sessionId))).toList();
        Histogram latency = new Histogram(3_600_000_000L, 3);
        List<CompletableFuture<Api.Reply>> replies = new ArrayList<>();
        long start = System.nanoTime();
        for (HttpRequest request : requests) {
            long sent = System.nanoTime();
            replies.add(ctx.api().async(request).whenComplete((r, e) -> {
                synchronized (latency) {
                    latency.recordValue(Math.max(1, (System.nanoTime() - sent) / 1000));
                }
            }));
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String[]> winners = new ArrayList<>();
        for (int i = 0; i < replies.size(); i++) {
            Api.Reply reply;
            try {
                reply = replies.get(i).join();
            } catch (RuntimeException e) {
                statuses.merge(-1, 1, Integer::sum);
                continue;
            }
            statuses.merge(reply.status(), 1, Integer::sum);
            if (reply.status() == 201) {
                winners.add(new String[] { reply.text("id"), candidates.get(i).token() });
            }
        }
        double wallMs = (System.nanoTime() - start) / 1e6;
        int seatsTaken = ctx.api().call("GET", exam + "/api/v1/sessions/" + sessionId, admin, null).expect(200)
                .json().path("seatsTaken").asInt(-1);
        // The winners cancel, so every candidate may book again in the next round.
        List<CompletableFuture<Api.Reply>> cancels = new ArrayList<>();
        for (String[] w : winners) {
            cancels.add(ctx.api().async("POST", exam + "/api/v1/bookings/" + w[0] + "/cancel", w[1], null));
        }
        cancels.forEach(c -> c.join().expect(200));
        ctx.quiesce().await(Duration.ofMinutes(5));
        return new Round(number, statuses.getOrDefault(201, 0), statuses.getOrDefault(409, 0), statuses, seatsTaken,
                latency, wallMs);
    }

    private static Map<String, Object> centre(int seats) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", "Benchmark Testing Centre " + UUID.randomUUID().toString().substring(0, 8));
        c.put("address", "1 Example Street, EC1A 1BB");
        c.put("city", "London");
        c.put("country", "GB");
        c.put("latitude", 51.5072);
        c.put("longitude", -0.1276);
        c.put("timeZone", "Europe/London");
        c.put("seatsPerSession", seats);
        return c;
    }

    static void write(Context ctx, List<Round> rounds) {
        Settings s = ctx.settings();
        Report report = ctx.report();
        report.heading(2, "3. Seat contention");
        report.line(s.seatRequests() + " candidates (each with an exam authorisation) book the same " + s.seats()
                + "-seat session at once (" + s.seatRequests() + " concurrent `POST /api/v1/bookings`, one connection each), "
                + rounds.size() + " rounds after a warm-up round; the winners cancel between rounds. Latency: from handing "
                + "each request to the client to its answer.").blank();
        long exact = rounds.stream().filter(r -> r.exact(s.seats())).count();
        Stats p50 = Stats.of(rounds.stream().map(r -> r.latencyMicros().getValueAtPercentile(50) / 1000.0).toList());
        Stats p99 = Stats.of(rounds.stream().map(r -> r.latencyMicros().getValueAtPercentile(99) / 1000.0).toList());
        Stats wall = Stats.of(rounds.stream().map(Round::wallMs).toList());
        Histogram all = new Histogram(3_600_000_000L, 3);
        rounds.forEach(r -> all.add(r.latencyMicros()));
        report.header("measure", "value");
        report.row("rounds with exactly " + s.seats() + " bookings (and " + s.seats() + " seats taken)",
                exact + " of " + rounds.size() + (exact == rounds.size() ? " ✅" : " ❌"));
        report.row("bookings per round", rounds.stream().map(Round::booked).toList());
        report.row("answers, all rounds", statusesOf(rounds));
        report.row("p50 booking latency per round, ms", p50.format(0));
        report.row("p99 booking latency per round, ms", p99.format(0) + " — target ≤ 100: "
                + (p99.median() <= TARGET_P99_MS ? "met ✅" : "missed ❌"));
        report.row("p99 over all " + all.getTotalCount() + " bookings, ms", Stats.num(all.getValueAtPercentile(99) / 1000.0, 0));
        report.row("time for a whole round (all answered), ms", wall.format(0));
        report.chart("seats", SvgChart.bars("Booking latency, " + s.seatRequests() + " concurrent bookings for " + s.seats()
                + " seats", "ms", List.of("per round"), List.of("p50", "p99"), new Stats[][] { { p50, p99 } },
                TARGET_P99_MS, "p99 target 100 ms"), "seat contention latency");
    }

    private static String statusesOf(List<Round> rounds) {
        Map<Integer, Integer> all = new TreeMap<>();
        rounds.forEach(r -> r.statuses().forEach((k, v) -> all.merge(k, v, Integer::sum)));
        return all.toString().replace("=", ": ");
    }
}
