package org.clausewright.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A project file's JSON as the codecs read it, built straight from Jackson's streaming parser. It holds only
 * what decoding needs, so reading a project of thousands of files builds no databind tree and starts no
 * {@code ObjectMapper}. Numbers are kept as the parser gives them (Integer, Long or BigInteger for whole
 * numbers, Double otherwise); an object's keys keep their file order, and the parser refuses a key given twice.
 */
sealed interface JsonValue {
    /** The value at the parser's next token, or null when the content has none (an empty file). */
    static JsonValue read(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        return token == null ? null : value(parser, token);
    }

    private static JsonValue value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT:
                Obj object = new Obj();
                for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
                    object.add(key, value(parser, parser.nextToken()));
                }
                return object;
            case START_ARRAY:
                List<JsonValue> items = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    items.add(value(parser, t));
                }
                return new Arr(items);
            case VALUE_STRING:
                return new Str(parser.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Num(parser.getNumberValue());
            case VALUE_TRUE:
                return Bool.TRUE;
            case VALUE_FALSE:
                return Bool.FALSE;
            case VALUE_NULL:
                return Null.NULL;
            default:
                throw new IOException("unexpected JSON token " + token);
        }
    }

    /** What the value is, for messages such as "`tags` must be a list, not a string". */
    String kind();

    final class Obj implements JsonValue {
        private String[] keys = new String[12];
        private JsonValue[] values = new JsonValue[12];
        private int size;

        void add(String key, JsonValue value) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            keys[size] = key;
            values[size] = value;
            size++;
        }

        int size() {
            return size;
        }

        String key(int index) {
            return keys[index];
        }

        JsonValue value(int index) {
            return values[index];
        }

        /** The index of {@code key}, or -1. */
        int indexOf(String key) {
            for (int i = 0; i < size; i++) {
                if (keys[i].equals(key)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public String kind() {
            return "an object";
        }
    }

    record Arr(List<JsonValue> items) implements JsonValue {
        @Override
        public String kind() {
            return "a list";
        }
    }

    record Str(String text) implements JsonValue {
        @Override
        public String kind() {
            return "a string";
        }
    }

    record Num(Number number) implements JsonValue {
        @Override
        public String kind() {
            return "a number";
        }

        /** Whether it is a whole number that fits an int: 3 and 3.0 do, 3.5 and 2^40 do not. */
        boolean isInt() {
            if (number instanceof Integer) {
                return true;
            }
            if (number instanceof Double d) {
                double v = d;
                return !Double.isInfinite(v) && v == Math.rint(v) && v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE;
            }
            // Long and BigInteger: the parser gives those only for whole numbers outside the int range
            return false;
        }
    }

    enum Bool implements JsonValue {
        TRUE, FALSE;

        @Override
        public String kind() {
            return "true/false";
        }
    }

    enum Null implements JsonValue {
        NULL;

        @Override
        public String kind() {
            return "null";
        }
    }
}
