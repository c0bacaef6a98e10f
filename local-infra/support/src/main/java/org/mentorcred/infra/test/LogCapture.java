package org.mentorcred.infra.test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Everything the service under test logs while it is open (every logger, every level that is enabled), with the
 * messages formatted and the stack traces of logged exceptions, so that a test can assert that no secret reaches a
 * log. A {@code @QuarkusTest} runs in the service's JVM, whose JBoss LogManager is the {@code java.util.logging}
 * manager, so a root handler sees what the console and any log file would.
 *
 * <pre>
 * try (LogCapture logs = LogCapture.start()) {
 *     ... a journey with secrets ...
 *     logs.assertNoneOf(List.of(token, apiKey, "4242424242424242"));
 * }
 * </pre>
 */
public final class LogCapture implements AutoCloseable {

    private final List<String> lines = new ArrayList<>();
    private final Handler handler;

    private LogCapture() {
        handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                StringBuilder line = new StringBuilder(record.getLoggerName() == null ? "" : record.getLoggerName())
                        .append(' ').append(formatted(record));
                if (record.getParameters() != null) {
                    for (Object p : record.getParameters()) {
                        line.append(" | ").append(p);
                    }
                }
                if (record.getThrown() != null) {
                    StringWriter trace = new StringWriter();
                    record.getThrown().printStackTrace(new PrintWriter(trace));
                    line.append('\n').append(trace);
                }
                synchronized (lines) {
                    lines.add(line.toString());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(handler);
    }

    public static LogCapture start() {
        return new LogCapture();
    }

    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** Fails naming the first log line that contains any of {@code secrets} (blank ones are ignored). */
    public void assertNoneOf(Collection<String> secrets) {
        for (String line : lines()) {
            for (String secret : secrets) {
                if (secret != null && !secret.isBlank() && line.contains(secret)) {
                    throw new AssertionError("A secret (" + describe(secret) + ") reached the log:\n" + line);
                }
            }
        }
    }

    /** The start of a secret only, so the failure does not spread it further. */
    private static String describe(String secret) {
        return secret.length() <= 8 ? secret.length() + " characters" : secret.substring(0, 6) + "…";
    }

    /** JBoss's records format printf-style and brace-style messages themselves; plain JUL ones are used as they are. */
    private static String formatted(LogRecord record) {
        try {
            Method method = record.getClass().getMethod("getFormattedMessage");
            Object value = method.invoke(record);
            if (value != null) {
                return value.toString();
            }
        } catch (ReflectiveOperationException | RuntimeException ignored) {
            // not a JBoss record
        }
        return String.valueOf(record.getMessage());
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(handler);
    }
}
