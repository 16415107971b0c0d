package org.clausewright.model;

import com.ibm.icu.text.MessageFormat;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of one bundle family in one language. The bundle never falls back to the system's language (a member
 * who chose English on a French system reads English), and patterns are ICU MessageFormat, so that a count takes
 * the plural form its language needs ({@code {0, plural, one {# comment} other {# comments}}}: Russian has four
 * forms, Arabic six) and numbers and dates are written as the language writes them.
 */
public final class MessageText {
    private final ResourceBundle bundle;
    private final Locale locale;
    // reports and exports format thousands of lines: a pattern is parsed once
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    /** @param family the bundle's base name, such as {@code org.clausewright.ui.messages} */
    public MessageText(String family, Locale locale) {
        // the base bundles are English: the root locale counts as English does ("1 text", not "1 texts")
        this.locale = locale.getLanguage().isEmpty() ? Locale.ENGLISH : locale;
        this.bundle = ResourceBundle.getBundle(family, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    /** The raw text of {@code key}; throws {@link MissingResourceException} when the family has no such key. */
    public String get(String key) {
        return bundle.getString(key);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String format(String key, Object... args) {
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(get(k), locale));
        synchronized (format) { // a MessageFormat is not safe for two threads at once (UI and worker)
            return format.format(args);
        }
    }

    /** Formats a pattern that is not a key of this family (a test, a text built from two keys). */
    public static String format(String pattern, Locale locale, Object... args) {
        return new MessageFormat(pattern, locale).format(args);
    }
}
