package org.clausewright.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the keys of one JSON object, noting every missing, mistyped or unknown key as a finding rather than
 * stopping at the first: {@code validate} reports all of a file's problems at once. A bad value reads as a
 * harmless default so decoding can go on.
 */
final class Fields {
    private final JsonNode node;
    private final String pointer;
    private final Findings findings;
    private final Set<String> read = new HashSet<>();

    private Fields(JsonNode node, String pointer, Findings findings) {
        this.node = node;
        this.pointer = pointer;
        this.findings = findings;
    }

    /** The fields of {@code node}, or null (with a finding) when it is not an object. */
    static Fields of(JsonNode node, String pointer, Findings findings, String what) {
        if (node == null || !node.isObject()) {
            findings.add(pointer, what + " must be a JSON object" + found(node));
            return null;
        }
        return new Fields(node, pointer, findings);
    }

    String pointer(String key) {
        return pointer + "/" + key;
    }

    boolean has(String key) {
        return node.has(key) && !node.get(key).isNull();
    }

    JsonNode raw(String key) {
        read.add(key);
        return node.get(key);
    }

    String string(String key) {
        JsonNode value = raw(key);
        if (value == null) {
            findings.add(pointer, "`" + key + "` is missing");
            return "";
        }
        if (!value.isTextual()) {
            findings.add(pointer(key), "`" + key + "` must be a string" + found(value));
            return "";
        }
        return value.textValue();
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
            findings.add(pointer, "`" + key + "` is missing");
            return 0;
        }
        if (!value.canConvertToExactIntegral() || !value.canConvertToInt()) {
            findings.add(pointer(key), "`" + key + "` must be a whole number" + found(value));
            return 0;
        }
        return value.intValue();
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
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            findings.add(pointer(key), "`" + key + "` must be a UTC time such as 2026-01-05T10:00:00Z, not \""
                    + text + "\"");
            return Instant.EPOCH;
        }
    }

    List<String> strings(String key) {
        List<String> result = new ArrayList<>();
        JsonNode value = array(key);
        for (int i = 0; value != null && i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (item.isTextual()) {
                result.add(item.textValue());
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
        for (int i = 0; value != null && i < value.size(); i++) {
            Fields item = of(value.get(i), pointer(key) + "/" + i, findings, what);
            if (item != null) {
                result.add(item);
            }
        }
        return result;
    }

    /** The object at {@code key}, or null when it is null or absent (absence is a finding). */
    Fields object(String key, String what) {
        JsonNode value = raw(key);
        if (value == null) {
            findings.add(pointer, "`" + key + "` is missing");
            return null;
        }
        return value.isNull() ? null : of(value, pointer(key), findings, what);
    }

    private JsonNode array(String key) {
        JsonNode value = raw(key);
        if (value == null) {
            findings.add(pointer, "`" + key + "` is missing");
            return null;
        }
        if (!value.isArray()) {
            findings.add(pointer(key), "`" + key + "` must be a list" + found(value));
            return null;
        }
        return value;
    }

    void problem(String key, String message) {
        findings.add(key == null ? pointer : pointer(key), message);
    }

    /** Reports keys this reader never asked for: in a hand-edited file they are usually misspellings. */
    void finish() {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!read.contains(name)) {
                findings.add(pointer(name), "unknown key `" + name + "`");
            }
        }
    }

    private static String found(JsonNode value) {
        if (value == null) {
            return "";
        }
        JsonNodeType type = value.getNodeType();
        String name = switch (type) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "true/false";
            case NULL -> "null";
            default -> type.name().toLowerCase(Locale.ROOT);
        };
        return ", not " + name;
    }
}
