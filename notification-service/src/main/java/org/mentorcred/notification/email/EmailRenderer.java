package org.mentorcred.notification.email;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.mentorcred.notification.config.NotificationConfig;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.StartupEvent;

/**
 * Renders an email from its templates, in the recipient's language:
 * {@code templates/emails/<language>/<template>.html} (Qute escapes every value in it) and {@code .txt}, whose
 * {@code subject} fragment is the subject line. Templates get {@code e} (the model), {@code to} (the
 * recipient), {@code fmt} (dates, amounts and names in that language), {@code links} and {@code subject}.
 */
@ApplicationScoped
public class EmailRenderer {

    static final String SUBJECT_FRAGMENT = "subject";
    private static final int MAX_SUBJECT = 250;

    @Inject
    Engine engine;

    @Inject
    NotificationConfig config;

    private Languages languages;
    private Map<String, EmailFormat> formats;
    private EmailLinks links;

    @PostConstruct
    void init() {
        languages = new Languages(config.languages(), config.defaultLanguage());
        Labels labels = Labels.load(languages);
        formats = languages.supported().stream()
                .collect(Collectors.toMap(Function.identity(), language -> new EmailFormat(language, labels)));
        links = new EmailLinks(config.portalUrl(), config.supportEmail());
    }

    /** Fails the start if a language lacks a template, or a text template its subject. */
    void checkTemplates(@Observes StartupEvent event) {
        checkEveryTemplateExists();
    }

    /** The language an email to someone who prefers {@code preferredLanguage} is written in. */
    public String languageFor(String preferredLanguage) {
        return languages.resolve(preferredLanguage);
    }

    public RenderedEmail render(EmailKind kind, Recipient to, Object model) {
        if (!kind.modelType().isInstance(model)) {
            throw new IllegalArgumentException(kind + " renders a " + kind.modelType().getSimpleName() + ", not " + model);
        }
        String language = languages.supported().contains(to.language()) ? to.language() : languages.fallback();
        Template text = template(kind, language, "txt");
        Template html = template(kind, language, "html");
        String subject = oneLine(with(text.getFragment(SUBJECT_FRAGMENT).instance(), language, to, model).render());
        String textBody = with(text.instance(), language, to, model).data("subject", subject).render().strip();
        String htmlBody = with(html.instance(), language, to, model).data("subject", subject).render().strip();
        return new RenderedEmail(subject, htmlBody, textBody);
    }

    private TemplateInstance with(TemplateInstance instance, String language, Recipient to, Object model) {
        return instance.data("e", model).data("to", to).data("fmt", formats.get(language)).data("links", links);
    }

    private Template template(EmailKind kind, String language, String suffix) {
        Template template = engine.getTemplate(path(kind, language, suffix));
        if (template == null) {
            throw new IllegalStateException("No template " + path(kind, language, suffix));
        }
        return template;
    }

    static String path(EmailKind kind, String language, String suffix) {
        return "emails/" + language + "/" + kind.template() + "." + suffix;
    }

    /** A subject is one line: a value with a line break must not start a new mail header. */
    static String oneLine(String subject) {
        String line = subject.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
        return line.length() > MAX_SUBJECT ? line.substring(0, MAX_SUBJECT - 1) + "…" : line;
    }

    private void checkEveryTemplateExists() {
        List<String> missing = new ArrayList<>();
        for (String language : languages.supported()) {
            for (EmailKind kind : EmailKind.values()) {
                Template text = engine.getTemplate(path(kind, language, "txt"));
                if (text == null || text.getFragment(SUBJECT_FRAGMENT) == null) {
                    missing.add(path(kind, language, "txt") + (text == null ? "" : " (no subject fragment)"));
                }
                if (engine.getTemplate(path(kind, language, "html")) == null) {
                    missing.add(path(kind, language, "html"));
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Email templates missing: " + String.join(", ", missing));
        }
    }
}
