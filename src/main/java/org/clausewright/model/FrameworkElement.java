package org.clausewright.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One element of a framework: a principle, guideline or value that a code of conduct should answer.
 *
 * @param id      unique within its framework and never reused; what clauses name ("3", "A.1", "value-2")
 * @param number  as the framework itself numbers it, for showing
 * @param summary one paragraph in the project's own words, never the framework's text
 */
public record FrameworkElement(String id, String number, String title, String summary, Map<String, String> titles,
                               Extras extras) {
    /** Element ids are not file names, but they are written on command lines and in reports: short and plain. */
    public static final int MAX_ID_LENGTH = 32;

    /**
     * @param title  in the language the framework's file is written in
     * @param titles the project's own short titles in other languages, by canonical language tag ("fr", "zh-CN"),
     *               in the file's order; none is needed
     */
    public FrameworkElement {
        requireId(id);
        number = number == null ? "" : number;
        title = title == null ? "" : title;
        summary = summary == null ? "" : summary;
        titles = titles == null || titles.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(titles));
        extras = extras == null ? Extras.NONE : extras;
    }

    public FrameworkElement(String id, String number, String title, String summary, Extras extras) {
        this(id, number, title, summary, Map.of(), extras);
    }

    public FrameworkElement(String id, String number, String title, String summary) {
        this(id, number, title, summary, Map.of(), Extras.NONE);
    }

    /**
     * The title to show to a reader of {@code language}: the file's title in that language ("zh-CN", else "zh"),
     * else its own title. A language the file has no title for is no error.
     */
    public String titleIn(Locale language) {
        if (language == null || titles.isEmpty()) {
            return title;
        }
        String exact = titles.get(language.toLanguageTag());
        if (exact != null && !exact.isBlank()) {
            return exact;
        }
        String general = titles.get(language.getLanguage());
        return general != null && !general.isBlank() ? general : title;
    }

    /** 1 to 32 of letters, digits, '.', '-' and '_' ("3", "A.1", "principle-3"). */
    public static boolean isValidId(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_ID_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
                    || c == '_')) {
                return false;
            }
        }
        return true;
    }

    static String requireId(String id) {
        if (!isValidId(id)) {
            throw new IllegalArgumentException("element id " + (id == null ? "(none)" : "\"" + id + "\"")
                    + " is not allowed: use 1 to " + MAX_ID_LENGTH + " letters, digits, '.', '-' or '_'");
        }
        return Objects.requireNonNull(id);
    }
}
