package org.mentorcred.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The Markdown report of one run and its charts, in {@code benchmarks/reports/<timestamp>/}. */
final class Report {

    private final Path dir;
    private final StringBuilder markdown = new StringBuilder();

    Report(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir.resolve("charts"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path dir() {
        return dir;
    }

    Report line(String text) {
        markdown.append(text).append('\n');
        return this;
    }

    Report blank() {
        markdown.append('\n');
        return this;
    }

    Report heading(int level, String text) {
        return blank().line("#".repeat(level) + " " + text).blank();
    }

    Report row(Object... cells) {
        StringBuilder row = new StringBuilder("|");
        for (Object cell : cells) {
            row.append(' ').append(cell).append(" |");
        }
        return line(row.toString());
    }

    Report header(String... cells) {
        row((Object[]) cells);
        return row((Object[]) java.util.Arrays.stream(cells).map(c -> "---").toArray(String[]::new));
    }

    /** Writes the chart and links it from the report. */
    Report chart(String name, String svg, String alt) {
        write(dir.resolve("charts").resolve(name + ".svg"), svg);
        return blank().line("![" + alt + "](charts/" + name + ".svg)").blank();
    }

    Path save() {
        Path file = dir.resolve("report.md");
        write(file, markdown.toString());
        return file;
    }

    /** A snapshot of the report so far (written after each benchmark, so a failed run keeps what it measured). */
    void checkpoint() {
        save();
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
