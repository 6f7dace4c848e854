package netcap.gui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The teaching views' texts in English and Swedish: labels, preset names, Info texts and chart
 * titles of the MASON window, the browser page and the exported replay. Each area has a bundle
 * {@code netcap/i18n/AREA_LANG.properties} (UTF-8) whose keys start with {@code AREA.}; every key
 * exists in both languages (a test checks it). Values are {@link MessageFormat} patterns when
 * {@link #format} is used.
 */
public final class Messages {
    /** The languages, the first the fallback. */
    public static final List<String> LANGUAGES = List.of("en", "sv");
    /** The bundle areas; a key starts with its area and a dot. */
    public static final List<String> AREAS = List.of("gui", "preset", "web", "replay", "lesson");

    private static final Map<String, Messages> CACHE = new LinkedHashMap<>();

    private final String lang;
    private final Map<String, String> texts;

    private Messages(String lang, Map<String, String> texts) {
        this.lang = lang;
        this.texts = Collections.unmodifiableMap(texts);
    }

    /**
     * The texts of a language.
     *
     * @throws IllegalArgumentException naming the allowed languages
     */
    public static synchronized Messages of(String lang) {
        String l = lang == null ? defaultLanguage() : lang.trim().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(l)) {
            throw new IllegalArgumentException("unknown language '" + lang + "'; allowed: " + String.join(", ", LANGUAGES));
        }
        return CACHE.computeIfAbsent(l, k -> {
            Map<String, String> all = new TreeMap<>();
            for (String area : AREAS) {
                all.putAll(bundle(area, k));
            }
            return new Messages(k, all);
        });
    }

    /** Swedish when the default locale's language is Swedish, English otherwise. */
    public static String defaultLanguage() {
        return "sv".equals(Locale.getDefault().getLanguage()) ? "sv" : "en";
    }

    /** {@code en} or {@code sv}. */
    public String lang() {
        return lang;
    }

    /**
     * The text of a key.
     *
     * @throws IllegalArgumentException when the key has no text (a programming error the bundle test catches)
     */
    public String get(String key) {
        String t = texts.get(key);
        if (t == null) {
            throw new IllegalArgumentException("no text '" + key + "' in language " + lang);
        }
        return t;
    }

    /** The text of a key, or {@code fallback} when it has none (for optional texts such as a plug-in's preset). */
    public String get(String key, String fallback) {
        return texts.getOrDefault(key, fallback);
    }

    /** Whether the key has a text. */
    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** The text of a key with its {@code {0}}, {@code {1}} … filled in. */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), Locale.forLanguageTag(lang)).format(args);
    }

    /** Every key and text of this language, sorted by key (for the browser page). */
    public Map<String, String> all() {
        return texts;
    }

    /** The keys and texts of one area's bundle in one language; empty when the bundle does not exist. */
    public static Map<String, String> bundle(String area, String lang) {
        String path = "netcap/i18n/" + area + "_" + lang + ".properties";
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(path)) {
            Map<String, String> out = new TreeMap<>();
            if (in == null) {
                return out;
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String k : p.stringPropertyNames()) {
                out.put(k, p.getProperty(k));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }
}
