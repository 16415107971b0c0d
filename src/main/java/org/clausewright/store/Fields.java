package org.clausewright.store;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the keys of one JSON object, noting every missing, mistyped or unknown key as a finding rather than
 * stopping at the first: {@code validate} reports all of a file's problems at once. A bad value reads as a
 * harmless default so decoding can go on.
 */
final class Fields {
    private final JsonValue.Obj node;
    private final Findings findings;
    /** Where the object is, kept as parent, key and index: the pointer is spelled out only for a finding. */
    private final Fields parent;
    private final String key;
    private final int index;
    private final boolean[] read;

    private Fields(JsonValue.Obj node, Findings findings, Fields parent, String key, int index) {
        this.node = node;
        this.findings = findings;
        this.parent = parent;
        this.key = key;
        this.index = index;
        this.read = new boolean[node.size()];
    }

    /** The fields of a file's root, or null (with a finding) when it is not an object. */
    static Fields of(JsonValue root, Findings findings, String what) {
        if (!(root instanceof JsonValue.Obj object)) {
            findings.add("", what + " must be a JSON object" + found(root));
            return null;
        }
        return new Fields(object, findings, null, null, -1);
    }

    /** The JSON pointer of this object in its file: "" for the root, "/threads/2" for a thread. */
    String pointer() {
        if (parent == null) {
            return "";
        }
        return index < 0 ? parent.pointer(key) : parent.pointer(key) + "/" + index;
    }

    String pointer(String key) {
        return pointer() + "/" + key;
    }

    boolean has(String key) {
        int at = node.indexOf(key);
        return at >= 0 && node.value(at) != JsonValue.Null.NULL;
    }

    JsonValue raw(String key) {
        int at = node.indexOf(key);
        if (at < 0) {
            return null;
        }
        read[at] = true;
        return node.value(at);
    }

    String string(String key) {
        JsonValue value = raw(key);
        if (value == null) {
            findings.add(pointer(), "`" + key + "` is missing");
            return "";
        }
        if (!(value instanceof JsonValue.Str text)) {
            findings.add(pointer(key), "`" + key + "` must be a string" + found(value));
            return "";
        }
        return text.text();
    }

    /** A string that may be absent or null; the default stands in for it. */
    String optionalString(String key, String absent) {
        JsonValue value = raw(key);
        if (value == null || value == JsonValue.Null.NULL) {
            return absent;
        }
        return string(key);
    }

    int integer(String key) {
        JsonValue value = raw(key);
        if (value == null) {
            findings.add(pointer(), "`" + key + "` is missing");
            return 0;
        }
        if (!(value instanceof JsonValue.Num number) || !number.isInt()) {
            findings.add(pointer(key), "`" + key + "` must be a whole number" + found(value));
            return 0;
        }
        return number.number().intValue();
    }

    boolean bool(String key, boolean absent) {
        JsonValue value = raw(key);
        if (value == null || value == JsonValue.Null.NULL) {
            return absent;
        }
        if (!(value instanceof JsonValue.Bool b)) {
            findings.add(pointer(key), "`" + key + "` must be true or false" + found(value));
            return absent;
        }
        return b == JsonValue.Bool.TRUE;
    }

    Instant instant(String key) {
        String text = string(key);
        if (text.isEmpty()) {
            return Instant.EPOCH;
        }
        Instant canonical = canonicalInstant(text);
        if (canonical != null) {
            return canonical;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            findings.add(pointer(key), "`" + key + "` must be a UTC time such as 2026-01-05T10:00:00Z, not \""
                    + text + "\"");
            return Instant.EPOCH;
        }
    }

    /**
     * The form the codecs write, 2026-01-05T10:00:00Z, read without the general parser, which costs many
     * times more for the thousands of times in a project; null for anything else (fractions of a second, a
     * leap second, a date that does not exist), which {@link Instant#parse} then reads or refuses.
     */
    static Instant canonicalInstant(String text) {
        if (text.length() != 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != 'Z') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59) {
            return null;
        }
        try {
            long days = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(days * 86_400 + hour * 3_600 + minute * 60 + second);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The decimal number in {@code text} at {@code from}, {@code count} digits long, or -1. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    List<String> strings(String key) {
        List<String> result = new ArrayList<>();
        JsonValue.Arr value = array(key);
        if (value == null) {
            return result;
        }
        List<JsonValue> items = value.items();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof JsonValue.Str text) {
                result.add(text.text());
            } else {
                findings.add(pointer(key) + "/" + i, "items of `" + key + "` must be strings" + found(items.get(i)));
            }
        }
        return result;
    }

    /** The objects in the array at {@code key}; items that are not objects are findings. */
    List<Fields> objects(String key, String what) {
        List<Fields> result = new ArrayList<>();
        JsonValue.Arr value = array(key);
        if (value == null) {
            return result;
        }
        List<JsonValue> items = value.items();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof JsonValue.Obj object) {
                result.add(new Fields(object, findings, this, key, i));
            } else {
                findings.add(pointer(key) + "/" + i, what + " must be a JSON object" + found(items.get(i)));
            }
        }
        return result;
    }

    /** The object at {@code key}, or null when it is null or absent (absence is a finding). */
    Fields object(String key, String what) {
        JsonValue value = raw(key);
        if (value == null) {
            findings.add(pointer(), "`" + key + "` is missing");
            return null;
        }
        if (value == JsonValue.Null.NULL) {
            return null;
        }
        if (!(value instanceof JsonValue.Obj object)) {
            findings.add(pointer(key), what + " must be a JSON object" + found(value));
            return null;
        }
        return new Fields(object, findings, this, key, -1);
    }

    private JsonValue.Arr array(String key) {
        JsonValue value = raw(key);
        if (value == null) {
            findings.add(pointer(), "`" + key + "` is missing");
            return null;
        }
        if (!(value instanceof JsonValue.Arr array)) {
            findings.add(pointer(key), "`" + key + "` must be a list" + found(value));
            return null;
        }
        return array;
    }

    void problem(String key, String message) {
        findings.add(key == null ? pointer() : pointer(key), message);
    }

    /** Reports keys this reader never asked for: in a hand-edited file they are usually misspellings. */
    void finish() {
        for (int i = 0; i < read.length; i++) {
            if (!read[i]) {
                findings.add(pointer(node.key(i)), "unknown key `" + node.key(i) + "`");
            }
        }
    }

    private static String found(JsonValue value) {
        return value == null ? "" : ", not " + value.kind();
    }
}
