package org.mentorcred.notification.config;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the emails and their delivery ({@code mentorcred.notification.*}). */
@ConfigMapping(prefix = "mentorcred.notification")
public interface NotificationConfig {

    /**
     * Languages with a full set of templates (BCP 47 primary tags). A recipient whose preferred language is
     * not among them gets {@link #defaultLanguage()}. Start-up fails if a template is missing for one.
     */
    @WithDefault("en,fr")
    List<String> languages();

    /** The fallback language; must be one of {@link #languages()}. */
    @WithDefault("en")
    String defaultLanguage();

    /** Where applicants sign in (the front end); emails point there for the steps done in the portal. */
    @WithDefault("http://localhost:3000")
    String portalUrl();

    /** The address emails name for questions (replies go to the no-reply sender). */
    @WithDefault("support@mentorcred.org")
    String supportEmail();

    Delivery delivery();

    interface Delivery {

        /** Whether this instance sends emails. Every instance may; they share the work safely. */
        @WithDefault("true")
        boolean dispatcherEnabled();

        /** How long an idle dispatcher waits before it looks again (a local commit wakes it at once). */
        @WithDefault("2s")
        Duration pollInterval();

        /** Emails claimed per pass. */
        @WithDefault("20")
        int batchSize();

        /**
         * Emails of a batch sent at once, each over its own pooled SMTP connection (keep it at or below
         * {@code quarkus.mailer.max-pool-size}). One recipient's emails still go one after the other.
         */
        @WithDefault("8")
        int parallelSends();

        /** Send attempts before an email is marked FAILED. */
        @WithDefault("8")
        int maxAttempts();

        /** Wait after the first failed attempt; doubled after each further failure. */
        @WithDefault("30s")
        Duration initialBackoff();

        /** The longest wait between two attempts. */
        @WithDefault("1h")
        Duration maxBackoff();

        /**
         * How long a claimed email belongs to the instance sending it. If that instance dies mid-send, another
         * one takes the email over after this; keep it well above {@code quarkus.mailer.timeout}.
         */
        @WithDefault("5m")
        Duration claimTimeout();
    }
}
