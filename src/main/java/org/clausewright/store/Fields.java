package org.clausewright.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.clausewright.model.Extras;
import org.clausewright.model.TextLimits;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the keys of one JSON object, noting every missing or mistyped key as a finding rather than stopping at the
 * first: {@code validate} reports all of a file's problems at once. A bad value reads as a harmless default so
 * decoding can go on. Keys it is not asked for, and values a codec does not know, are kept as {@link Extras} and
 * reported as warnings: a newer Clausewright wrote them, and this one writes them back.
 */
final class Fields {
    private final JsonNode node;
    private final Findings findings;
    /** Where the object is, kept as parent, key and index: the pointer is spelled out only for a finding. */
    private final Fields parent;
    private final String key;
    private final int index;
    /**
     * The keys asked for, each once, to report the others. An object has a dozen keys at most, and a negotiated
     * draft has tens of thousands of objects (an option each): a short list scanned costs less than a hash set
     * made for each.
     */
    private final List<String> read;
    /** Values of known keys that this version does not know, as JSON text, in the order met; made when one is. */
    private Map<String, String> keptValues = Map.of();

    private Fields(JsonNode node, Findings findings, Fields parent, String key, int index) {
        this.node = node;
        this.findings = findings;
        this.parent = parent;
        this.key = key;
        this.index = index;
        this.read = new ArrayList<>(node.size());
    }

    /** The fields of a file's root, or null (with a finding) when it is not an object. */
    static Fields of(JsonNode root, Findings findings, String what) {
        if (root == null || !root.isObject()) {
            findings.add("", what + " must be a JSON object" + found(root));
            return null;
        }
        return new Fields(root, findings, null, null, -1);
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
        JsonNode value = node.get(key);
        return value != null && !value.isNull();
    }

    JsonNode raw(String key) {
        JsonNode value = node.get(key);
        if (value != null && !read.contains(key)) {
            read.add(key);
        }
        return value;
    }

    String string(String key) {
        JsonNode value = raw(key);
        if (value == null) {
            findings.add(pointer(), "`" + key + "` is missing");
            return "";
        }
        if (!value.isTextual()) {
            findings.add(pointer(key), "`" + key + "` must be a string" + found(value));
            return "";
        }
        return withinLimit(key, -1, value.textValue());
    }

    /** A string that may be absent or null; the default stands in for it. */
    String optionalString(String key, String absent) {
        JsonNode value = raw(key);
        if (value == null || value.isNull()) {
            return absent;
        }
        return string(key);
    }

    int integer(String key) {
        JsonNode value = raw(key);
        if (value == null) {
            findings.add(pointer(), "`" + key + "` is missing");
            return 0;
        }
        if (value.isInt()) {
            return value.intValue();
        }
        if (!value.isNumber()) {
            findings.add(pointer(key), "`" + key + "` must be a whole number" + found(value));
            return 0;
        }
        double number = value.doubleValue();
        boolean whole = value.isIntegralNumber() || Double.isInfinite(number) || number == Math.rint(number);
        if (whole && number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE) {
            // 3.0 is a whole number, written by some tools as such
            return (int) number;
        }
        findings.add(pointer(key), "`" + key + "` must be a whole number" + (whole ? " between 0 and "
                + Integer.MAX_VALUE : "") + ", not " + shown(value));
        return 0;
    }

    /**
     * A text longer than the writer writes ({@link TextLimits}) is a problem here too: what cannot be saved
     * again is not opened, and the message says which text to shorten. The pointer is spelled out only then: for
     * every string of a 2,000-clause project it was a good part of reading it.
     *
     * @param item the text's index in the list {@code key}, or -1 when it is the value of {@code key} itself
     */
    private String withinLimit(String key, int item, String text) {
        if (!TextLimits.fits(text)) {
            String at = item < 0 ? pointer(key) : pointer(key) + "/" + item;
            findings.add(at, TextLimitCheck.tooLong(key, text.length()));
        }
        return text;
    }

    boolean bool(String key, boolean absent) {
        JsonNode value = raw(key);
        if (value == null || value.isNull()) {
            return absent;
        }
        if (!value.isBoolean()) {
            findings.add(pointer(key), "`" + key + "` must be true or false" + found(value));
            return absent;
        }
        return value.booleanValue();
    }

    Instant instant(String key) {
        String text = string(key);
        if (text.isEmpty()) {
            return Instant.EPOCH;
        }
        try {
            return findings.time(text);
        } catch (DateTimeParseException e) {
            findings.add(pointer(key), "`" + key + "` must be a UTC time such as 2026-01-05T10:00:00Z, not \""
                    + text + "\"");
            return Instant.EPOCH;
        }
    }

    /** A list that may be left out of a hand-written file: absent or null reads as empty. */
    List<String> optionalStrings(String key) {
        if (!has(key)) {
            raw(key); // a null is a key read, not an unknown one
            return List.of();
        }
        return strings(key);
    }

    /** A whole number that may be absent or null (read as null). */
    Integer optionalInteger(String key) {
        JsonNode value = raw(key);
        return value == null || value.isNull() ? null : integer(key);
    }

    /** A time that may be absent or null (read as null: not known). */
    Instant optionalInstant(String key) {
        JsonNode value = raw(key);
        return value == null || value.isNull() ? null : instant(key);
    }

    /** A day such as 2026-03-09, or null when absent, null or (with a finding) not such a day. */
    LocalDate optionalDate(String key) {
        JsonNode value = raw(key);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = string(key);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            findings.add(pointer(key), "`" + key + "` must be a day such as 2026-03-09, not \"" + text + "\"");
            return null;
        }
    }

    List<String> strings(String key) {
        List<String> result = new ArrayList<>();
        JsonNode value = array(key);
        if (value == null) {
            return result;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (item.isTextual()) {
                result.add(withinLimit(key, i, item.textValue()));
            } else {
                findings.add(pointer(key) + "/" + i, "items of `" + key + "` must be strings" + found(item));
            }
        }
        return result;
    }

    /** The objects in the array at {@code key}; items that are not objects are findings. */
    List<Fields> objects(String key, String what) {
        List<Fields> result = new ArrayList<>();
        JsonNode value = array(key);
        if (value == null) {
            return result;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (item.isObject()) {
                result.add(new Fields(item, findings, this, key, i));
            } else {
                findings.add(pointer(key) + "/" + i, what + " must be a JSON object" + found(item));
            }
        }
        return result;
    }

    /** The object at {@code key}, or null when it is null or absent (absence is a finding). */
    Fields object(String key, String what) {
        JsonNode value = raw(key);
        if (value == null) {
            findings.add(pointer(), "`" + key + "` is missing");
            return null;
        }
        if (value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            findings.add(pointer(key), what + " must be a JSON object" + found(value));
            return null;
        }
        return new Fields(value, findings, this, key, -1);
    }

    private JsonNode array(String key) {
        JsonNode value = raw(key);
        if (value == null) {
            findings.add(pointer(), "`" + key + "` is missing");
            return null;
        }
        if (!value.isArray()) {
            findings.add(pointer(key), "`" + key + "` must be a list" + found(value));
            return null;
        }
        return value;
    }

    void problem(String key, String message) {
        findings.add(key == null ? pointer() : pointer(key), message);
    }

    /**
     * Keeps the value of the known {@code key}, which this version does not know (a status added later), so that it
     * is written back as it was; {@code standsIn} says what the program does with it meanwhile.
     */
    void keepValue(String key, String standsIn) {
        JsonNode value = node.get(key);
        if (keptValues.isEmpty()) {
            keptValues = new LinkedHashMap<>(4);
        }
        keptValues.put(key, JsonFormat.text(value));
        if (standsIn == null) {
            return; // kept with another value, which the warning is about
        }
        findings.keep(pointer(key), "`" + key + "` " + JsonFormat.text(value) + " is not a value this version knows "
                + "(kept as is; written by a newer Clausewright?); " + standsIn);
    }

    /**
     * What this object holds that the reader did not ask for: keys a newer Clausewright (or a hand edit) added, each
     * reported as a warning and kept with its value to be written back, and the values kept by {@link #keepValue}.
     */
    Extras finish() {
        if (read.size() == node.size() && keptValues.isEmpty()) {
            return Extras.NONE;
        }
        Map<String, String> unknown = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> entries = node.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            if (!read.contains(entry.getKey())) {
                unknown.put(entry.getKey(), JsonFormat.text(entry.getValue()));
                findings.keep(pointer(entry.getKey()), "unknown key `" + entry.getKey()
                        + "` (kept as is; written by a newer Clausewright?)");
            }
        }
        return new Extras(unknown, keptValues);
    }

    private static String found(JsonNode value) {
        return value == null ? "" : ", not " + kind(value);
    }

    /** What a value is, for messages such as "`tags` must be a list, not a string". */
    static String kind(JsonNode value) {
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isTextual()) {
            return "a string";
        }
        if (value.isNumber()) {
            return "a number";
        }
        if (value.isBoolean()) {
            return "true/false";
        }
        return value.isNull() ? "null" : "a value of another kind";
    }

    /** A number as written, shortened when it is very long. */
    private static String shown(JsonNode number) {
        if (number.isDouble() && Double.isInfinite(number.doubleValue())) {
            return "a number this large";
        }
        String text = number.asText();
        return text.length() <= 24 ? text : text.substring(0, 20) + "… (" + text.length() + " digits)";
    }
}
