package org.clausewright.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a newer Clausewright (or a hand edit) put into one object of a project file that this version cannot
 * interpret, kept so that it is written back as it came: keys this version does not know, and values it does not
 * know under keys it does (a status or kind added later). Values are JSON text, so the model needs no JSON library;
 * the store parses and writes them.
 *
 * @param keys   unknown keys with their values as JSON text, in the order the file had them
 * @param values for known keys, the value as read when this version knows no such value (e.g. {@code "kind":
 *               "proposal"}): the object holds the nearest value it knows, and the file keeps the one it had
 *               until a member changes that field
 */
public record Extras(Map<String, String> keys, Map<String, String> values) {
    public static final Extras NONE = new Extras(Map.of(), Map.of());

    public Extras {
        keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public boolean isEmpty() {
        return keys.isEmpty() && values.isEmpty();
    }

    /** The value kept for the known key {@code key}, as JSON text, or null when the object's own value stands. */
    public String value(String key) {
        return values.get(key);
    }

    /**
     * The raw word kept for {@code key} when it is a JSON string ({@code "proposal"} → proposal), for showing it;
     * null when none is kept.
     */
    public String word(String key) {
        String json = values.get(key);
        if (json == null) {
            return null;
        }
        // a kept word is written by the store as a plain JSON string; anything fancier is shown as written
        return json.length() >= 2 && json.startsWith("\"") && json.endsWith("\"") && json.indexOf('\\') < 0
                ? json.substring(1, json.length() - 1) : json;
    }

    /** These extras once a member has set {@code key} to a value of this version's: the old value goes. */
    public Extras without(String key) {
        if (!values.containsKey(key)) {
            return this;
        }
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.remove(key);
        return keys.isEmpty() && copy.isEmpty() ? NONE : new Extras(keys, copy);
    }
}
