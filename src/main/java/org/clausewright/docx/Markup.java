package org.clausewright.docx;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The few pieces of XML text the streamed parts are made of. Text reaching here has been through
 * {@link RunText} or {@link RunText#plain}, so it holds only characters XML allows; escaping the markup
 * characters is all that is left to do.
 */
final class Markup {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    static final String W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private Markup() {
    }

    /** Escapes text for an element or a double-quoted attribute; stretches with nothing to escape go whole. */
    static void escape(StringBuilder out, CharSequence text) {
        escape(out, text, false);
    }

    /**
     * Escapes text that is plain throughout ({@link RunText}: printable, below the surrogates), in the same pass that
     * checks it; returns false at the first character that is not, having appended part of the text.
     */
    static boolean escapePlain(StringBuilder out, CharSequence text) {
        return escape(out, text, true);
    }

    private static boolean escape(StringBuilder out, CharSequence text, boolean plainOnly) {
        int n = text.length();
        int from = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (plainOnly && !RunText.isPlain(c)) {
                return false;
            }
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (entity != null) {
                out.append(text, from, i).append(entity);
                from = i + 1;
            }
        }
        out.append(text, from, n);
        return true;
    }

    /** Appends {@code name="value"} with a leading space, the value escaped. */
    static void attribute(StringBuilder out, String name, CharSequence value) {
        out.append(' ').append(name).append("=\"");
        escape(out, value);
        out.append('"');
    }

    /** An xsd:dateTime to the second in UTC, as Word writes revision and comment dates. */
    static String date(Instant time) {
        return DateTimeFormatter.ISO_INSTANT.format(time.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Eight upper-case hexadecimal digits, as Word writes paragraph ids. */
    static String hex8(int value) {
        String digits = Integer.toHexString(value).toUpperCase(java.util.Locale.ROOT);
        return "00000000".substring(digits.length()) + digits;
    }
}
