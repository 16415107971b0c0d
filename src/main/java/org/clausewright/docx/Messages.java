package org.clausewright.docx;

import org.clausewright.model.MessageText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The document's fixed texts in its language, from {@code org/clausewright/docx/messages*.properties}. */
final class Messages {
    private final MessageText text;
    /**
     * The patterns that only place words ("proposed by {0}", "Option {0} ({1}): {2}."), cut at their fields, by key;
     * a pattern with anything else in it (plurals, numbers, dates, quotes) is {@link #ICU}. A bracketed draft's
     * footnotes and its compilation format tens of thousands of such texts, and ICU's formatting (a StringBuffer,
     * the pattern walked again, each argument's kind looked at) was a sixth of the exporting thread's time.
     */
    private final Map<String, Placing> placing = new ConcurrentHashMap<>();
    private static final Placing ICU = new Placing(List.of(), Integer.MAX_VALUE);

    /** A pattern's words and its fields' numbers, in order; {@code fields}: one more than the highest field. */
    record Placing(List<Object> pieces, int fields) {
    }

    Messages(Locale locale) {
        this.text = new MessageText("org.clausewright.docx.messages", locale);
    }

    Locale locale() {
        return text.locale();
    }

    String get(String key, Object... args) {
        if (args.length == 0) {
            return text.get(key);
        }
        Placing words = placing.computeIfAbsent(key, k -> placing(text.get(k)));
        if (words.fields() > args.length || !allText(args)) {
            return text.format(key, args);
        }
        List<Object> pieces = words.pieces();
        String[] texts = new String[pieces.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = pieces.get(i) instanceof Integer field ? (String) args[field] : (String) pieces.get(i);
        }
        // measured and made at once, Latin-1 or not: a builder would grow, and widen at the first quotation mark
        return String.join("", texts);
    }

    /** The raw pattern, for texts that are split around fields ("Page {0} of {1}"). */
    String pattern(String key) {
        return text.get(key);
    }

    /**
     * The pattern as its words and its fields' numbers, in order, when it has nothing but words and plain fields
     * {@code {n}} — what ICU's MessageFormat writes such a pattern as, for words given as
     * text — or {@link #ICU}. A quote could start a quoted passage, and a field with a kind (plural, number, date)
     * is formatted: both are left to ICU.
     */
    static Placing placing(String pattern) {
        List<Object> pieces = new ArrayList<>();
        int fields = 0;
        int from = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'' || c == '}') {
                return ICU;
            }
            if (c == '{') {
                int end = pattern.indexOf('}', i);
                if (end < 0 || end == i + 1 || end - i > 3) {
                    return ICU;
                }
                int field = 0;
                for (int k = i + 1; k < end; k++) {
                    char d = pattern.charAt(k);
                    if (d < '0' || d > '9') {
                        return ICU;
                    }
                    field = field * 10 + d - '0';
                }
                fields = Math.max(fields, field + 1);
                if (i > from) {
                    pieces.add(pattern.substring(from, i));
                }
                pieces.add(field);
                from = end + 1;
                i = end;
            }
        }
        if (from < pattern.length()) {
            pieces.add(pattern.substring(from));
        }
        return new Placing(List.copyOf(pieces), fields);
    }

    private static boolean allText(Object[] args) {
        for (Object arg : args) {
            if (!(arg instanceof String)) {
                return false;
            }
        }
        return true;
    }
}
