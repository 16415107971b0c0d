package org.clausewright.ui.editor;

import java.text.Bidi;
import java.util.TreeMap;

/**
 * Where the words of right-to-left text start, so that each is drawn by a text node of its own. JavaFX 21 lays out
 * a wrapped line of Arabic held in one text node wrongly: the first line runs past the paragraph's width and its
 * last words are drawn again on the next line (seen under Xvfb with Pango; the model's text is right). With a node
 * per word the same paragraph wraps and draws right. The area merges neighbouring runs of equal style into one
 * node, so the words of such a paragraph take two style classes in turn ({@code bidi-word-a}, {@code bidi-word-b}),
 * which no style sheet draws. Paragraphs with no right-to-left letter are left as they are. See
 * docs/decisions/right-to-left-text.md.
 */
public final class BidiWords {
    static final String EVEN = "bidi-word-a";
    static final String ODD = "bidi-word-b";

    private BidiWords() {
    }

    /**
     * {@code text} cut into the pieces to draw as text nodes of their own: a word each (with the spaces after it)
     * where it holds right-to-left letters, else the text whole. JavaFX 21 lays out a wrapped right-to-left run held
     * in one text node wrongly (docs/decisions/right-to-left-text.md); a run per word wraps right.
     */
    public static java.util.List<String> pieces(String text) {
        java.util.List<Integer> cuts = new java.util.ArrayList<>();
        cuts.add(0);
        cuts.addAll(starts(text).keySet());
        cuts.add(text.length());
        java.util.List<String> pieces = new java.util.ArrayList<>();
        for (int i = 1; i < cuts.size(); i++) {
            if (cuts.get(i) > cuts.get(i - 1)) {
                pieces.add(text.substring(cuts.get(i - 1), cuts.get(i)));
            }
        }
        return pieces;
    }

    /**
     * The offsets in {@code text} where a word of a paragraph holding right-to-left letters starts, each with the
     * class its run takes; the offset where such a paragraph ends maps to "" (no class).
     */
    public static TreeMap<Integer, String> starts(String text) {
        TreeMap<Integer, String> starts = new TreeMap<>();
        char[] chars = text.toCharArray();
        int paragraphStart = 0;
        while (paragraphStart <= text.length()) {
            int end = text.indexOf('\n', paragraphStart);
            if (end < 0) {
                end = text.length();
            }
            if (end > paragraphStart && Bidi.requiresBidi(chars, paragraphStart, end)) {
                boolean odd = false;
                starts.put(paragraphStart, EVEN);
                for (int i = paragraphStart + 1; i < end; i++) {
                    if (text.charAt(i - 1) == ' ' && text.charAt(i) != ' ') {
                        odd = !odd;
                        starts.put(i, odd ? ODD : EVEN);
                    }
                }
                starts.put(end, "");
            }
            paragraphStart = end + 1;
        }
        return starts;
    }
}
