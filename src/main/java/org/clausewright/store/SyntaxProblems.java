package org.clausewright.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.clausewright.model.TextLimits;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Jackson's parse errors into one sentence a person can act on: what is wrong, in the words of the
 * file rather than of the parser, and what to do. Jackson's own descriptions are matched by their wording;
 * one this class does not know is shown only up to its first developer hint (a feature to enable, a
 * limit's getter), never with it.
 */
final class SyntaxProblems {
    private static final String FIX = "fix it by hand or restore the file from a version";
    private static final Pattern UNEXPECTED = Pattern.compile(
            "Unexpected character \\((?:'(.+)' \\(code \\d+\\)|\\(CTRL-CHAR, code (\\d+)\\))\\)(?::| in) ?(.*)",
            Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern CODE = Pattern.compile("code (\\d+)");

    private SyntaxProblems() {
    }

    /** The error {@code e} met by {@code parser}, placed where the parser says, else at the token being read. */
    static UnreadableJson unreadable(JsonProcessingException e, JsonParser parser) {
        JsonLocation at = e.getLocation();
        if (at == null || at.getLineNr() < 1) {
            // a limit (a string too long, nesting too deep) is reported without a place: the token being read
            at = parser.currentTokenLocation();
        }
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        // these two are reported just after the word or the key they are about: point at its start instead
        if (original.startsWith("Non-standard token")) {
            column = startOf(column, quoted(original).getBytes(StandardCharsets.UTF_8).length);
        } else if (original.startsWith("Duplicate field")) {
            column = startOf(column, quoted(original).getBytes(StandardCharsets.UTF_8).length + 2);
        }
        return new UnreadableJson(line, column, describe(e));
    }

    private static int startOf(int columnAfter, int length) {
        return columnAfter - length >= 1 ? columnAfter - length : columnAfter;
    }

    static String describe(JsonProcessingException e) {
        String original = firstLine(e.getOriginalMessage() == null ? "" : e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            return limit(original);
        }
        if (original.contains("end-of-input")) {
            return "the file ends in the middle of its JSON (it may have been cut short): restore it from "
                    + "a version or fix it by hand";
        }
        if (original.startsWith("Duplicate field")) {
            return "the key `" + quoted(original) + "` appears twice in the same object: keep one of them";
        }
        if (original.startsWith("Non-standard token")) {
            return "`" + quoted(original) + "` is not a number a JSON file can hold: write a number such as 0";
        }
        if (original.startsWith("Unrecognized token")) {
            return "`" + shorten(quoted(original)) + "` is not a JSON value: text is written in double quotes, and "
                    + "true, false and null in lower case";
        }
        if (original.startsWith("Illegal unquoted character")) {
            int code = code(original);
            return "a control character (code " + code + ") inside a text: write it as "
                    + String.format(Locale.ROOT, "\\u%04x", code) + " or remove it";
        }
        if (original.startsWith("Illegal character")) {
            return "a control character (code " + code(original) + ") between the values: the file may be "
                    + "damaged — " + FIX;
        }
        if (original.startsWith("Invalid UTF-8") || original.startsWith("Invalid UTF-32")) {
            return "the file is not UTF-8 text here: save it as UTF-8, or restore it from a version";
        }
        if (original.startsWith("Unrecognized character escape")) {
            return "`\\" + quoted(original) + "` is not an escape JSON knows: write \\\\ for a backslash, \\\" for "
                    + "a double quote";
        }
        if (original.startsWith("Invalid numeric value: Leading zeroes")) {
            return "a number may not start with 0: write 7, not 07";
        }
        if (original.startsWith("Invalid numeric value")) {
            return "a malformed number: write digits such as 12 or 3.5";
        }
        if (original.startsWith("Unexpected close marker")) {
            return "`" + quoted(original) + "` does not close what was opened before it: the brackets and braces "
                    + "do not pair up — " + FIX;
        }
        Matcher unexpected = UNEXPECTED.matcher(original);
        if (unexpected.matches()) {
            return unexpected(unexpected.group(1) != null ? "`" + unexpected.group(1) + "`"
                    : "a character that is not text (code " + unexpected.group(2) + ")", unexpected.group(3));
        }
        return "this is not valid JSON (" + plain(original) + "): " + FIX;
    }

    /** "Unexpected character (…)": what was found, and what should have been there. */
    private static String unexpected(String found, String rest) {
        if (rest.startsWith("was expecting a colon")) {
            return "expected `:` after the key, found " + found;
        }
        if (rest.startsWith("was expecting double-quote to start field name")) {
            return "expected a key in double quotes, found " + found + ("`}`".equals(found)
                    ? ": remove the comma after the last entry" : "`'`".equals(found) ? ": JSON keys take double "
                    + "quotes" : "");
        }
        if (rest.startsWith("was expecting comma to separate Array")) {
            return "expected `,` or `]` after an item of a list, found " + found;
        }
        if (rest.startsWith("was expecting comma to separate Object")) {
            return "expected `,` or `}` after a value, found " + found;
        }
        if (rest.startsWith("maybe a (non-standard) comment")) {
            return "found a comment: JSON files have none — remove it";
        }
        if (rest.startsWith("expected a valid value") || rest.startsWith("expected a value")) {
            return "expected a value (text in double quotes, a number, true, false, null, a list or an object), "
                    + "found " + found + ("`]`".equals(found) ? ": remove the comma after the last item"
                    : found.startsWith("a character") ? ": the file may be damaged — " + FIX : "");
        }
        if (rest.startsWith("numeric value") || rest.startsWith("expected digit")) {
            return "a malformed number: found " + found + " where a digit should be";
        }
        return "found " + found + " where JSON does not allow it: " + FIX;
    }

    /** A limit the reader sets: what it is in the file's terms. */
    private static String limit(String original) {
        if (original.startsWith("String value length")) {
            return "a text here is longer than Clausewright reads (more than " + count(JsonFormat.MAX_STRING_CHARS)
                    + " characters; a field holds at most " + count(TextLimits.MAX_TEXT_CHARS) + "): shorten it, or "
                    + "restore the file from a version";
        }
        if (original.startsWith("Document nesting depth")) {
            return "lists and objects are nested more than " + count(firstNumberAfter(original, "maximum allowed"))
                    + " levels deep here, far deeper than any project file: " + FIX;
        }
        if (original.startsWith("Number value length")) {
            return "a number here has more than " + count(firstNumberAfter(original, "maximum allowed"))
                    + " digits: write a whole number such as 1";
        }
        if (original.startsWith("Name length")) {
            return "a key here is longer than " + count(firstNumberAfter(original, "maximum allowed"))
                    + " characters; keys are short names such as \"heading\": " + FIX;
        }
        return "the file is larger than Clausewright reads: " + FIX;
    }

    private static int firstNumberAfter(String text, String marker) {
        int at = text.indexOf(marker);
        Matcher digits = Pattern.compile("\\d+").matcher(at < 0 ? text : text.substring(at));
        return digits.find() ? Integer.parseInt(digits.group()) : 0;
    }

    private static String quoted(String text) {
        Matcher m = QUOTED.matcher(text);
        return m.find() ? m.group(1) : "?";
    }

    private static int code(String text) {
        Matcher m = CODE.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The parser's own words up to its first developer hint. */
    private static String plain(String text) {
        String plain = text;
        for (String hint : new String[] {": enable", " (from `", ", from `", "`", " (start marker", " Feature"}) {
            int at = plain.indexOf(hint);
            if (at >= 0) {
                plain = plain.substring(0, at);
            }
        }
        plain = plain.strip();
        return plain.isEmpty() ? "unreadable" : shorten(plain);
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
