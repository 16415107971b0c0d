package org.clausewright.ui.editor;

import java.text.Bidi;
import java.util.TreeSet;

/**
 * Where a clause text is cut into one drawn run per word. JavaFX 21 (and 22) on Linux draws a long right-to-left
 * run that wraps over several lines wrongly: each line repeats the run's end, or words are lost (seen under Xvfb, in
 * a plain TextFlow as in RichTextFX). Drawn one word per run, the same paragraph wraps and reads right, the words of
 * a line ordered right to left. RichTextFX makes a run per style segment and joins neighbouring segments of the same
 * style, so the words of a text that needs bidi take two style classes in turn, which no stylesheet draws.
 */
final class WordRuns {
    static final String EVEN = "word-run-a";
    static final String ODD = "word-run-b";

    private WordRuns() {
    }

    /** Whether {@code text} holds right-to-left letters, and so is drawn a word per run. */
    static boolean needed(String text) {
        char[] chars = text.toCharArray();
        return Bidi.requiresBidi(chars, 0, chars.length);
    }

    /** The offsets where each word after the first starts (after a run of spaces); empty when not {@link #needed}. */
    static TreeSet<Integer> starts(String text) {
        TreeSet<Integer> starts = new TreeSet<>();
        if (!needed(text)) {
            return starts;
        }
        for (int i = 1; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i - 1)) && !Character.isWhitespace(text.charAt(i))) {
                starts.add(i);
            }
        }
        return starts;
    }

    /** The class of the run starting at {@code offset}: the two alternate from word to word. */
    static String classAt(TreeSet<Integer> starts, int offset) {
        return starts.headSet(offset, true).size() % 2 == 0 ? EVEN : ODD;
    }
}
