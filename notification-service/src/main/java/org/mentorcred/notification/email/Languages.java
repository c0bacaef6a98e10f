package org.mentorcred.notification.email;

import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

/**
 * Picks the template language for a recipient's preferred language (BCP 47): its primary language subtag
 * if templates exist for it ("fr-CA" is written in French), otherwise the default.
 */
public final class Languages {

    private final List<String> supported;
    private final String fallback;

    public Languages(List<String> supported, String fallback) {
        this.supported = supported.stream().map(l -> l.trim().toLowerCase(Locale.ROOT)).toList();
        this.fallback = fallback.trim().toLowerCase(Locale.ROOT);
        if (!this.supported.contains(this.fallback)) {
            throw new IllegalArgumentException("The default language " + fallback + " is not among " + supported);
        }
    }

    public String resolve(String preferred) {
        if (preferred == null || preferred.isBlank()) {
            return fallback;
        }
        String language;
        try {
            // Lenient about the underscore form (fr_CA) that Java locales print.
            language = new Locale.Builder().setLanguageTag(preferred.trim().replace('_', '-')).build().getLanguage();
        } catch (IllformedLocaleException e) {
            return fallback;
        }
        return supported.contains(language) ? language : fallback;
    }

    public List<String> supported() {
        return supported;
    }

    public String fallback() {
        return fallback;
    }
}
