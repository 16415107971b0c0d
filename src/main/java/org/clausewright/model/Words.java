package org.clausewright.model;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;

/**
 * What a word is, in every script: the one definition used by the comparison of versions, the merge, and the
 * review import's placing of comments and tracked changes.
 *
 * <p>Words are found by ICU4J's word {@link BreakIterator} (Unicode's word rules), which splits the scripts
 * written without spaces by its dictionaries: Chinese and Japanese ("科学|家|应当"), Thai, Lao, Khmer and
 * Burmese. One addition keeps what the project's words have always been: a hyphen between two letters
 * ("dual-use", "e-mail") joins them, as the JDK's iterator did, where Unicode's rules split it.
 *
 * <p>The first use in a program loads ICU's rules and, for the first Chinese text, its Chinese and Japanese
 * dictionary (a few hundred milliseconds cold): {@link #prepare} does it ahead, off the UI thread.
 *
 * <p>{@link #tokens} cuts a text into pieces that concatenate back to it exactly: words, runs of spaces, each
 * other character on its own (punctuation, brackets), and each paragraph break {@code '\n'} on its own.
 */
public final class Words {
    // a hyphen between two letters is given to ICU as a full stop, which its rules keep inside a word ("e.g"), as
    // the JDK's rules kept the hyphen; the offsets stay those of the text
    private static final char HYPHEN = '-';
    private static final char JOINER = '.';
    // kinds of piece
    private static final int WORD = 0;
    private static final int SPACE = 1;
    private static final int OTHER = 2;

    private Words() {
    }

    /**
     * Loads ICU's word rules and its Chinese and Japanese dictionary now, so that the first words found later (on a
     * keystroke, in a comparison) do not wait for them. Safe to call from any thread, any number of times.
     */
    public static void prepare() {
        tokens("Words 科学家应当评估");
    }

    /** The pieces of {@code text}, which concatenate back to it. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (int[] span : spans(text, 0, text.length())) {
            tokens.add(text.substring(span[0], span[1]));
        }
        return tokens;
    }

    /** The words of {@code text}, in order, without the spaces and punctuation between them. */
    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        for (int[] span : spans(text, 0, text.length())) {
            if (span[2] == WORD) {
                words.add(text.substring(span[0], span[1]));
            }
        }
        return words;
    }

    /** Whether a piece of {@link #tokens} is a word (rather than spaces, punctuation or a paragraph break). */
    public static boolean isWord(String token) {
        return !token.isEmpty() && kind(token, 0, token.length()) == WORD;
    }

    /**
     * The word at {@code at}: the one containing it, else the one ending there, else the one starting there; an
     * empty range at {@code at} when it touches none (between two spaces, beside punctuation).
     */
    public static int[] at(String text, int at) {
        int point = Math.max(0, Math.min(at, text.length()));
        int[] touching = null;
        for (int[] span : spans(text, lineStart(text, point), lineEnd(text, point))) {
            if (span[2] != WORD || span[1] < point || span[0] > point) {
                continue;
            }
            if (span[0] < point && point < span[1]) {
                return new int[] {span[0], span[1]};
            }
            touching = touching == null || span[1] == point ? new int[] {span[0], span[1]} : touching;
        }
        return touching != null ? touching : new int[] {point, point};
    }

    /**
     * The start of the last word that ends at or before {@code at} in the same paragraph, with the punctuation set
     * against its front ("[misused"), so that the range to {@code at} holds that word and whatever follows it
     * (spaces, punctuation); {@code at} when there is none.
     */
    public static int startBefore(String text, int at) {
        int point = Math.max(0, Math.min(at, text.length()));
        List<int[]> spans = spans(text, lineStart(text, point), point);
        int k = spans.size() - 1;
        while (k >= 0 && spans.get(k)[2] != WORD) {
            k--;
        }
        if (k < 0) {
            return point;
        }
        while (k > 0 && spans.get(k - 1)[2] == OTHER) {
            k--;
        }
        return spans.get(k)[0];
    }

    /**
     * The end of the first word that starts at or after {@code at} in the same paragraph, with the punctuation set
     * against its end ("(a)"), so that the range from {@code at} holds what precedes it and that word; {@code at}
     * when there is none.
     */
    public static int endAfter(String text, int at) {
        int point = Math.max(0, Math.min(at, text.length()));
        List<int[]> spans = spans(text, point, lineEnd(text, point));
        int k = 0;
        while (k < spans.size() && spans.get(k)[2] != WORD) {
            k++;
        }
        if (k == spans.size()) {
            return point;
        }
        while (k + 1 < spans.size() && spans.get(k + 1)[2] == OTHER) {
            k++;
        }
        return spans.get(k)[1];
    }

    private static int lineStart(String text, int at) {
        return text.lastIndexOf('\n', at - 1) + 1;
    }

    private static int lineEnd(String text, int at) {
        int end = text.indexOf('\n', at);
        return end < 0 ? text.length() : end;
    }

    /** The pieces of {@code text[from, to)} as {start, end, kind}, offsets in {@code text}. */
    private static List<int[]> spans(String text, int from, int to) {
        List<int[]> spans = new ArrayList<>();
        if (from >= to) {
            return spans;
        }
        String part = text.substring(from, to);
        // ROOT: the dictionaries apply by script, whatever the project's language
        BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);
        words.setText(joinHyphens(part));
        for (int start = words.first(), end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            int kind = kind(part, start, end);
            if (kind == WORD) {
                spans.add(new int[] {from + start, from + end, WORD});
            } else if (kind == SPACE) {
                addSpaces(part, start, end, from, spans);
            } else {
                for (int i = start; i < end; i += Character.charCount(part.codePointAt(i))) {
                    spans.add(new int[] {from + i, from + i + Character.charCount(part.codePointAt(i)), OTHER});
                }
            }
        }
        return spans;
    }

    private static String joinHyphens(String part) {
        if (part.indexOf(HYPHEN) < 0) {
            return part;
        }
        char[] chars = part.toCharArray();
        for (int i = 1; i + 1 < chars.length; i++) {
            if (chars[i] == HYPHEN && joins(chars[i - 1], chars[i + 1])) {
                chars[i] = JOINER;
            }
        }
        return new String(chars);
    }

    private static boolean joins(char before, char after) {
        return Character.isLetter(before) && Character.isLetter(after);
    }

    // the iterator may give "  " as two pieces; a paragraph break is never part of a run of spaces
    private static void addSpaces(String part, int start, int end, int from, List<int[]> spans) {
        for (int i = start; i < end; i++) {
            boolean lineBreak = part.charAt(i) == '\n';
            int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (!lineBreak && last != null && last[2] == SPACE && last[1] == from + i) {
                last[1]++;
            } else {
                spans.add(new int[] {from + i, from + i + 1, lineBreak ? OTHER : SPACE});
            }
        }
    }

    private static int kind(String s, int start, int end) {
        boolean spaces = true;
        for (int i = start; i < end; ) {
            int cp = s.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || isHan(cp)) {
                return WORD;
            }
            spaces &= cp == '\n' || Character.isWhitespace(cp) || Character.isSpaceChar(cp);
            i += Character.charCount(cp);
        }
        return spaces ? SPACE : OTHER;
    }

    private static boolean isHan(int cp) {
        return Character.isIdeographic(cp) || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
