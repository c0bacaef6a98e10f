package org.mentorcred.notification.email;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words templates share per language (programme and level names, exam topics, date patterns...), from
 * {@code emails/labels_<language>.properties} (UTF-8). Every language must define every key the default
 * language defines.
 */
public final class Labels {

    private final Map<String, Map<String, String>> byLanguage = new HashMap<>();

    public static Labels load(Languages languages) {
        Labels labels = new Labels();
        for (String language : languages.supported()) {
            labels.byLanguage.put(language, read("emails/labels_" + language + ".properties"));
        }
        Set<String> expected = labels.byLanguage.get(languages.fallback()).keySet();
        for (String language : languages.supported()) {
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(labels.byLanguage.get(language).keySet());
            if (!missing.isEmpty()) {
                throw new IllegalStateException("emails/labels_" + language + ".properties lacks " + missing);
            }
        }
        return labels;
    }

    /** The label, or null if the language does not define it. */
    public String get(String language, String key) {
        Map<String, String> labels = byLanguage.get(language);
        return labels == null ? null : labels.get(key);
    }

    private static Map<String, String> read(String resource) {
        try (InputStream in = Labels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new HashMap<>();
            properties.stringPropertyNames().forEach(name -> map.put(name, properties.getProperty(name)));
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
