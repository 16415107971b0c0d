package org.clausewright.model;

/**
 * User text (clause text, headings, labels, messages, author names, file names) as a terminal may show it
 * without being steered by it. Every character that can move the cursor, clear the screen, set a colour or
 * a window title, or reorder what follows on the line is written as a visible escape:
 * ESC as {@code \e}, carriage return as {@code \r}, a line break inside a one-line field as {@code \n}, the
 * other C0 controls and DEL as {@code \xHH} (BEL is {@code \x07}), and the C1 controls, bidirectional
 * overrides, embeddings, isolates and marks, line and paragraph separators and unpaired surrogates as
 * {@code \}{@code uHHHH}. Everything else passes unchanged: tabs, Arabic, Chinese, emoji with their joiners.
 * A backslash stays a backslash: the escapes are there to be read, not to be parsed back.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /** Text of several lines (a clause's paragraphs): its line breaks are kept, a Windows CRLF as one break. */
    public static String lines(String text) {
        return escape(text, true);
    }

    /** A one-line field (a label, a heading, a name) or one line of output: a line break in it is shown as {@code \n}. */
    public static String line(String text) {
        return escape(text, false);
    }

    private static String escape(String text, boolean keepLineBreaks) {
        if (text == null) {
            return null;
        }
        int first = firstToEscape(text, keepLineBreaks);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (keepLineBreaks && isCrlf(text, i)) {
                continue;
            }
            if (!needsEscape(text, i, keepLineBreaks)) {
                out.append(c);
            } else if (c == '\u001B') {
                out.append("\\e");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c < 0x20 || c == 0x7F) {
                out.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
            } else {
                String hex = Integer.toHexString(c);
                out.append("\\u").append("0000", hex.length(), 4).append(hex);
            }
        }
        return out.toString();
    }

    private static int firstToEscape(String text, boolean keepLineBreaks) {
        for (int i = 0; i < text.length(); i++) {
            if (needsEscape(text, i, keepLineBreaks)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean needsEscape(String text, int i, boolean keepLineBreaks) {
        char c = text.charAt(i);
        if (c < 0x20) {
            // a CRLF's CR is handled too: the loop drops it, keeping the break
            return c != '\t' && !(keepLineBreaks && c == '\n');
        }
        if (c < 0x7F) {
            return false;
        }
        if (c <= 0x9F) {
            return true; // DEL and the C1 controls: U+009B is a second way to start an escape sequence
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029';
    }

    private static boolean isCrlf(String text, int i) {
        return text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
    }
}
