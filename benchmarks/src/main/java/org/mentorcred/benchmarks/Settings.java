package org.mentorcred.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run does, from system properties ({@code -Dbench.*}, set by bin/bench from its environment). The defaults
 * are the full run the README documents; {@code bench.quick=true} shrinks every size for trying the harness out.
 */
record Settings(
        Path root,
        Path reportsDir,
        boolean quick,
        int repetitions,
        int intakeRequests,
        int intakeConcurrency,
        List<Integer> rates,
        int e2eSeconds,
        int e2eWarmupSeconds,
        int seatRounds,
        int seatRequests,
        int seats,
        int footprintStarts,
        List<String> only,
        List<String> jvmOptions,
        Map<String, String> serviceEnvironment,
        int consumerConcurrency,
        boolean appCds,
        boolean aot,
        String label) {

    static final List<String> DEFAULT_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx256m",
            "-XX:TieredStopAtLevel=1");

    static Settings fromSystemProperties(Path root) {
        boolean quick = Boolean.getBoolean("bench.quick");
        return new Settings(
                root,
                Path.of(System.getProperty("bench.reports", root.resolve("benchmarks/reports").toString())),
                quick,
                Math.max(3, integer("bench.repetitions", 3)),
                integer("bench.intake.requests", quick ? 300 : 1000),
                integer("bench.intake.concurrency", 16),
                integers("bench.e2e.rates", "20,50,100"),
                integer("bench.e2e.seconds", quick ? 4 : 15),
                integer("bench.e2e.warmup-seconds", quick ? 2 : 10),
                integer("bench.seats.rounds", quick ? 3 : 20),
                integer("bench.seats.requests", 1000),
                integer("bench.seats.seats", 100),
                Math.max(1, integer("bench.footprint.starts", quick ? 1 : 3)),
                list("bench.only", ""),
                list("bench.jvm-options", String.join(" ", DEFAULT_JVM_OPTIONS), " "),
                map("bench.env"),
                integer("bench.consumer-concurrency", 0),
                Boolean.getBoolean("bench.appcds"),
                Boolean.getBoolean("bench.aot"),
                System.getProperty("bench.label", ""));
    }

    boolean runs(String benchmark) {
        return only.isEmpty() || only.contains(benchmark);
    }

    private static int integer(String name, int fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }

    private static List<Integer> integers(String name, String fallback) {
        return list(name, fallback).stream().map(Integer::parseInt).toList();
    }

    private static List<String> list(String name, String fallback) {
        return list(name, fallback, ",");
    }

    private static List<String> list(String name, String fallback, String separator) {
        String value = System.getProperty(name, fallback);
        List<String> items = new ArrayList<>();
        for (String item : value.split(separator)) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return List.copyOf(items);
    }

    /** {@code NAME=value,NAME2=value2}: environment every service process gets on top of the harness's own. */
    private static Map<String, String> map(String name) {
        Map<String, String> env = new LinkedHashMap<>();
        Arrays.stream(System.getProperty(name, "").split(",")).map(String::strip).filter(s -> s.contains("="))
                .forEach(pair -> env.put(pair.substring(0, pair.indexOf('=')).strip(),
                        pair.substring(pair.indexOf('=') + 1).strip()));
        return env;
    }
}
