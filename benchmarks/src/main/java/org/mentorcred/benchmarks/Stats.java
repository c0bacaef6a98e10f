package org.mentorcred.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The median of several runs and their spread (min and max): every figure in the report is one of these. */
record Stats(double median, double min, double max, int runs) {

    static Stats of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Stats(median, sorted.get(0), sorted.get(n - 1), n);
    }

    /** "123.4 (110.2–130.9)" with {@code decimals} decimals. */
    String format(int decimals) {
        return num(median, decimals) + " (" + num(min, decimals) + "–" + num(max, decimals) + ")";
    }

    static String num(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
