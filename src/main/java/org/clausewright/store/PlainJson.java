package org.clausewright.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A reader for JSON as the codecs write it, which a project is almost entirely made of: UTF-8 without a byte
 * order mark, whole numbers of up to nine digits, strings with the usual escapes. It reads the same values
 * Jackson's parser would, with far less work per file in a process that has just started, and gives up on
 * anything else (a fraction, a comment, a syntax error, a key given twice ...) by returning {@link #UNSURE}:
 * the caller then lets Jackson read the file, so what is accepted and every message about what is wrong stay
 * Jackson's.
 */
final class PlainJson {
    /** Not read here: let Jackson read it. */
    static final JsonValue UNSURE = new JsonValue.Str("(unsure)");

    private static final int MAX_DEPTH = 64;
    private static final int MAX_DIGITS = 9;
    /** Far below the lengths Jackson refuses (names of 50,000 characters, strings of 20 million). */
    private static final int MAX_LENGTH = 1 << 20;

    private final byte[] in;
    private int at;
    private int depth;

    private PlainJson(byte[] in) {
        this.in = in;
    }

    /** The first value in {@code content}, null when there is none, or {@link #UNSURE}. */
    static JsonValue read(byte[] content) {
        if (content.length > MAX_LENGTH) {
            return UNSURE;
        }
        PlainJson reader = new PlainJson(content);
        try {
            reader.skipSpace();
            return reader.at == content.length ? null : reader.value();
        } catch (Unsure | ArrayIndexOutOfBoundsException e) {
            // running off the end means a file cut short; Jackson says so in its own words
            return UNSURE;
        }
    }

    private JsonValue value() {
        byte c = in[at];
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return new JsonValue.Str(string(false));
            case 't':
                literal("true");
                return JsonValue.Bool.TRUE;
            case 'f':
                literal("false");
                return JsonValue.Bool.FALSE;
            case 'n':
                literal("null");
                return JsonValue.Null.NULL;
            default:
                return number();
        }
    }

    private JsonValue.Obj object() {
        enter();
        at++;
        JsonValue.Obj object = new JsonValue.Obj();
        skipSpace();
        if (in[at] == '}') {
            at++;
            depth--;
            return object;
        }
        while (true) {
            if (in[at] != '"') {
                throw Unsure.INSTANCE;
            }
            String key = string(true);
            if (object.indexOf(key) >= 0) {
                throw Unsure.INSTANCE;
            }
            skipSpace();
            expect(':');
            skipSpace();
            object.add(key, value());
            skipSpace();
            if (in[at] == ',') {
                at++;
                skipSpace();
            } else {
                expect('}');
                depth--;
                return object;
            }
        }
    }

    private JsonValue.Arr array() {
        enter();
        at++;
        List<JsonValue> items = new ArrayList<>();
        skipSpace();
        if (in[at] == ']') {
            at++;
            depth--;
            return new JsonValue.Arr(items);
        }
        while (true) {
            items.add(value());
            skipSpace();
            if (in[at] == ',') {
                at++;
                skipSpace();
            } else {
                expect(']');
                depth--;
                return new JsonValue.Arr(items);
            }
        }
    }

    /** The string starting at the opening quote; {@code at} ends after the closing one. */
    private String string(boolean name) {
        int start = ++at;
        boolean ascii = true;
        while (true) {
            byte c = in[at];
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                return escaped(start, name);
            }
            if (c >= 0 && c < 0x20) {
                throw Unsure.INSTANCE;
            }
            ascii &= c >= 0;
            at++;
        }
        String text = ascii ? new String(in, start, at - start, StandardCharsets.ISO_8859_1)
                : utf8(start, at);
        at++;
        return text;
    }

    /** A string with escapes, from {@code start}; {@code at} is on the first backslash. */
    private String escaped(int start, boolean name) {
        StringBuilder text = new StringBuilder(at - start + 16);
        int run = start;
        while (true) {
            byte c = in[at];
            if (c == '"') {
                text.append(utf8(run, at));
                at++;
                return text.toString();
            }
            if (c >= 0 && c < 0x20) {
                throw Unsure.INSTANCE;
            }
            if (c != '\\') {
                at++;
                continue;
            }
            text.append(utf8(run, at));
            byte e = in[at + 1];
            at += 2;
            switch (e) {
                case '"', '\\', '/' -> text.append((char) e);
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 't' -> text.append('\t');
                case 'u' -> {
                    char unit = (char) ((hex(in[at]) << 12) | (hex(in[at + 1]) << 8) | (hex(in[at + 2]) << 4)
                            | hex(in[at + 3]));
                    at += 4;
                    if (Character.isSurrogate(unit)) {
                        // Jackson's generator writes a character beyond U+FFFF as a pair of escapes; a pair in
                        // a value reads as the character, anything else is left to Jackson
                        if (name || !Character.isHighSurrogate(unit) || in[at] != '\\' || in[at + 1] != 'u') {
                            throw Unsure.INSTANCE;
                        }
                        char low = (char) ((hex(in[at + 2]) << 12) | (hex(in[at + 3]) << 8) | (hex(in[at + 4]) << 4)
                                | hex(in[at + 5]));
                        if (!Character.isLowSurrogate(low)) {
                            throw Unsure.INSTANCE;
                        }
                        text.append(unit);
                        unit = low;
                        at += 6;
                    }
                    text.append(unit);
                }
                default -> throw Unsure.INSTANCE;
            }
            run = at;
        }
    }

    /** Bytes that are not well-formed UTF-8 are Jackson's to report. */
    private String utf8(int from, int to) {
        String text = new String(in, from, to - from, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            throw Unsure.INSTANCE;
        }
        return text;
    }

    private static int hex(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        throw Unsure.INSTANCE;
    }

    /** -?(0|[1-9][0-9]*) of at most nine digits, which is an Integer in Jackson's parser too. */
    private JsonValue number() {
        int start = at;
        boolean negative = in[at] == '-';
        if (negative) {
            at++;
        }
        int digitsStart = at;
        int value = 0;
        while (at < in.length && in[at] >= '0' && in[at] <= '9') {
            value = value * 10 + (in[at] - '0');
            at++;
        }
        int digits = at - digitsStart;
        if (digits == 0 || digits > MAX_DIGITS || (digits > 1 && in[digitsStart] == '0')) {
            throw Unsure.INSTANCE;
        }
        if (depth == 0) {
            // Jackson wants space after a number standing alone, not a separator
            rootEnd();
        } else {
            endOfToken();
        }
        // "-0" is an Integer 0 in Jackson too
        return new JsonValue.Num(Integer.valueOf(negative ? -value : value));
    }

    private void literal(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (in[at + i] != word.charAt(i)) {
                throw Unsure.INSTANCE;
            }
        }
        at += word.length();
        endOfToken();
    }

    /** A number or literal must be followed by space, a separator or the end. */
    private void endOfToken() {
        if (at < in.length) {
            byte c = in[at];
            if (c != ',' && c != '}' && c != ']' && c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                throw Unsure.INSTANCE;
            }
        }
    }

    private void rootEnd() {
        if (at < in.length) {
            byte c = in[at];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                throw Unsure.INSTANCE;
            }
        }
    }

    private void skipSpace() {
        while (at < in.length) {
            byte c = in[at];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            at++;
        }
    }

    private void expect(char c) {
        if (in[at] != c) {
            throw Unsure.INSTANCE;
        }
        at++;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw Unsure.INSTANCE;
        }
    }

    /** Thrown (without a stack trace) to give up. */
    private static final class Unsure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Unsure INSTANCE = new Unsure();

        private Unsure() {
            super(null, null, false, false);
        }
    }
}
