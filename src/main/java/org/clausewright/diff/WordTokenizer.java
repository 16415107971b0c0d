package org.clausewright.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits clause text into the units a reader sees change: words, runs of spaces, single punctuation
 * characters (so "[misused]" is three tokens and a settled bracket shows as one removed character),
 * and each paragraph break "\n" on its own (so a diff never fuses the end of one paragraph with the next).
 * Han, Hiragana and Katakana characters are one token each because those scripts put no spaces between
 * words. The tokens concatenate back to the input exactly.
 */
public final class WordTokenizer {
    private WordTokenizer() {
    }

    public static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            int end = i + Character.charCount(cp);
            if (cp == '\n' || isIdeograph(cp)) {
                // one token as it is
            } else if (isSpace(cp)) {
                end = runEnd(text, end, WordTokenizer::isSpace);
            } else if (isWordChar(cp)) {
                end = runEnd(text, end, WordTokenizer::isWordChar);
            }
            tokens.add(text.substring(i, end));
            i = end;
        }
        return tokens;
    }

    /** Whether a token counts as a word in the inserted/deleted word counts. */
    /** As {@link #tokenize}, with each group of side-by-side bracketed passages one token. */
    public static List<String> tokenizeKeepingBrackets(String text) {
        List<String> tokens = new java.util.ArrayList<>();
        int at = 0;
        for (org.clausewright.model.BracketGroup group : org.clausewright.model.BracketLayout.groups(text)) {
            tokens.addAll(tokenize(text.substring(at, group.start())));
            tokens.add(text.substring(group.start(), group.end()));
            at = group.end();
        }
        tokens.addAll(tokenize(text.substring(at)));
        return tokens;
    }

    public static boolean isWord(String token) {
        return !token.isEmpty() && (isWordChar(token.codePointAt(0)) || isIdeograph(token.codePointAt(0)));
    }

    private static int runEnd(String text, int from, java.util.function.IntPredicate member) {
        int i = from;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!member.test(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean isSpace(int cp) {
        return cp != '\n' && (Character.isWhitespace(cp) || Character.isSpaceChar(cp));
    }

    // Combining marks belong to the letter before them, so "é" written as e + U+0301 stays one word.
    private static boolean isWordChar(int cp) {
        if (isIdeograph(cp)) {
            return false;
        }
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp)
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isIdeograph(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return Character.isIdeographic(cp)
                || script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
