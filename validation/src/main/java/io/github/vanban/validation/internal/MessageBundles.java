package io.github.vanban.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import org.hibernate.validator.spi.resourceloading.ResourceBundleLocator;
import org.jspecify.annotations.Nullable;

/**
 * The messages of every rule: all {@code ContributorValidationMessages.properties} (English) and
 * {@code ContributorValidationMessages_vi.properties} (Vietnamese) resources on the class path, read as UTF-8 and
 * merged. Vietnamese is chosen for the language "vi", English for every other locale — never the JVM default.
 */
public final class MessageBundles implements ResourceBundleLocator {

    /** The bundle base name. */
    public static final String BASE_NAME = "ContributorValidationMessages";

    private static final MessageBundles STANDARD = new MessageBundles(MessageBundles.class.getClassLoader());

    private final Map<String, String> english;
    private final Map<String, String> vietnamese;
    private final ResourceBundle englishBundle;
    private final ResourceBundle vietnameseBundle;

    private MessageBundles(ClassLoader loader) {
        this.english = load(loader, BASE_NAME + ".properties");
        this.vietnamese = load(loader, BASE_NAME + "_vi.properties");
        this.englishBundle = new MapBundle(english, null);
        this.vietnameseBundle = new MapBundle(vietnamese, englishBundle);
    }

    /** @return the messages found by the class loader of vanban-validation */
    public static MessageBundles standard() {
        return STANDARD;
    }

    /**
     * @param locale a locale
     * @return "vi" for Vietnamese, "en" for anything else
     */
    public static String language(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? "vi" : "en";
    }

    /**
     * @param locale the reader's locale
     * @param key a message key
     * @return the text, Vietnamese for "vi" and English otherwise, when the key exists
     */
    public Optional<String> text(Locale locale, String key) {
        String v = "vi".equals(language(locale)) ? vietnamese.getOrDefault(key, english.get(key)) : english.get(key);
        return Optional.ofNullable(v);
    }

    /** @return the English messages by key */
    public Map<String, String> english() {
        return english;
    }

    /** @return the Vietnamese messages by key */
    public Map<String, String> vietnamese() {
        return vietnamese;
    }

    @Override
    public ResourceBundle getResourceBundle(Locale locale) {
        return "vi".equals(language(locale)) ? vietnameseBundle : englishBundle;
    }

    private static Map<String, String> load(ClassLoader loader, String name) {
        Map<String, String> out = new HashMap<>();
        try {
            Set<URL> urls = new LinkedHashSet<>(Collections.list(loader.getResources(name)));
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            if (context != null && context != loader) {
                urls.addAll(Collections.list(context.getResources(name)));
            }
            for (URL url : urls) {
                Properties p = new Properties();
                try (InputStream in = url.openStream(); Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                for (String k : p.stringPropertyNames()) {
                    out.putIfAbsent(k, p.getProperty(k));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return Map.copyOf(out);
    }

    private static final class MapBundle extends ResourceBundle {
        private final Map<String, String> messages;

        MapBundle(Map<String, String> messages, @Nullable ResourceBundle parent) {
            this.messages = messages;
            if (parent != null) {
                setParent(parent);
            }
        }

        @Override
        protected @Nullable Object handleGetObject(String key) {
            return messages.get(key);
        }

        @Override
        public Enumeration<String> getKeys() {
            Set<String> keys = new LinkedHashSet<>(messages.keySet());
            if (parent != null) {
                keys.addAll(Collections.list(parent.getKeys()));
            }
            return Collections.enumeration(keys);
        }
    }
}
