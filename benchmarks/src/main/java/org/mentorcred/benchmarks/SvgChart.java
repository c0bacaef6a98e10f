package org.mentorcred.benchmarks;

import java.util.List;
import java.util.Locale;

/**
 * A grouped bar chart as SVG, written by hand so the report needs no plotting library: one group per x label,
 * one bar per series, each bar the median with a whisker from min to max, and an optional dashed target line.
 */
final class SvgChart {

    private static final String[] COLOURS = { "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948" };
    private static final int WIDTH = 720;
    private static final int HEIGHT = 360;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 40;
    private static final int BOTTOM = 70;

    /** {@code values[group][series]}; a null entry draws no bar. */
    static String bars(String title, String unit, List<String> groups, List<String> series, Stats[][] values,
            Double target, String targetLabel) {
        double top = target == null ? 0 : target;
        for (Stats[] row : values) {
            for (Stats s : row) {
                if (s != null) {
                    top = Math.max(top, s.max());
                }
            }
        }
        top = niceCeiling(top <= 0 ? 1 : top * 1.1);
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(text(WIDTH / 2.0, 22, escape(title), "middle", 15, "bold"));
        for (int i = 0; i <= 5; i++) {
            double v = top * i / 5;
            double y = TOP + plotH - plotH * v / top;
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", LEFT, y, WIDTH - RIGHT, y));
            svg.append(text(LEFT - 6, y + 4, label(v), "end", 11, "normal"));
        }
        svg.append(text(16, TOP + plotH / 2.0, escape(unit), "middle", 12, "normal")
                .replace("<text ", String.format(Locale.ROOT, "<text transform=\"rotate(-90 16 %.1f)\" ", TOP + plotH / 2.0)));
        double groupW = plotW / (double) groups.size();
        double barW = Math.min(60, groupW * 0.8 / series.size());
        for (int g = 0; g < groups.size(); g++) {
            double groupX = LEFT + g * groupW + (groupW - barW * series.size()) / 2;
            for (int s = 0; s < series.size(); s++) {
                Stats st = values[g][s];
                if (st == null) {
                    continue;
                }
                double x = groupX + s * barW;
                double h = plotH * st.median() / top;
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>%n",
                        x + 2, TOP + plotH - h, barW - 4, h, COLOURS[s % COLOURS.length]));
                double yMin = TOP + plotH - plotH * st.min() / top;
                double yMax = TOP + plotH - plotH * st.max() / top;
                double cx = x + barW / 2;
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                        + "stroke=\"black\"/>%n", cx, yMin, cx, yMax));
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                        + "stroke=\"black\"/>%n", cx - 5, yMax, cx + 5, yMax));
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                        + "stroke=\"black\"/>%n", cx - 5, yMin, cx + 5, yMin));
            }
            svg.append(text(LEFT + g * groupW + groupW / 2, TOP + plotH + 18, escape(groups.get(g)), "middle", 12,
                    "normal"));
        }
        if (target != null) {
            double y = TOP + plotH - plotH * target / top;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#c00\" "
                    + "stroke-dasharray=\"6 4\"/>%n", LEFT, y, WIDTH - RIGHT, y));
            svg.append(text(WIDTH - RIGHT - 4, y - 5, escape(targetLabel), "end", 11, "normal").replace("<text ",
                    "<text fill=\"#c00\" "));
        }
        double legendX = LEFT;
        for (int s = 0; s < series.size(); s++) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>%n",
                    legendX, HEIGHT - 28, COLOURS[s % COLOURS.length]));
            svg.append(text(legendX + 16, HEIGHT - 18, escape(series.get(s)), "start", 12, "normal"));
            legendX += 28 + 7 * series.get(s).length();
        }
        svg.append(text(WIDTH - RIGHT, HEIGHT - 18, "bar: median; whisker: min–max", "end", 10, "normal"));
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String text(double x, double y, String content, String anchor, int size, String weight) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" "
                + "font-weight=\"%s\">%s</text>%n", x, y, anchor, size, weight, content);
    }

    private static String label(double v) {
        return v >= 100 || v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.2f", v);
    }

    private static double niceCeiling(double v) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(v)));
        for (double step : new double[] { 1, 2, 2.5, 5, 10 }) {
            if (step * magnitude >= v) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
