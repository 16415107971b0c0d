package org.clausewright.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/** Word-level comparison of two texts (see {@link WordTokenizer} for what a word is). */
public final class WordDiff {
    private WordDiff() {
    }

    public static TextDiff diff(String oldText, String newText) {
        Builder out = new Builder();
        if (oldText.equals(newText)) {
            out.equal(oldText);
            return out.build();
        }
        return diff(WordTokenizer.tokenize(oldText), WordTokenizer.tokenize(newText));
    }

    /**
     * Clause texts compared with each open bracket ("[shall][should]", options side by side) as one unit, so that
     * a changed option shows as the bracket before and after rather than a scatter of changed brackets and words.
     */
    public static TextDiff diffKeepingBrackets(String oldText, String newText) {
        if (oldText.equals(newText)) {
            return diff(oldText, newText);
        }
        return diff(WordTokenizer.tokenizeKeepingBrackets(oldText), WordTokenizer.tokenizeKeepingBrackets(newText));
    }

    private static TextDiff diff(List<String> from, List<String> to) {
        Builder out = new Builder();
        int pos = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            int start = delta.getSource().getPosition();
            out.equal(String.join("", from.subList(pos, start)));
            delta.getSource().getLines().forEach(out::deleted);
            delta.getTarget().getLines().forEach(out::inserted);
            pos = start + delta.getSource().size();
        }
        out.equal(String.join("", from.subList(pos, from.size())));
        return out.build();
    }

    /**
     * Collects tokens into segments. Deleted and inserted tokens between two equal stretches are held apart
     * and written deleted-first, so that two neighbouring deltas never come out as DELETED INSERTED DELETED.
     * A run of spaces after a replaced word and before the next change joins them (on both sides), so that rewording two words reads as
     * one change "[-chercheurs évitent-]{+chercheuses évaluent+}" rather than two.
     */
    private static final class Builder {
        private final List<DiffSegment> segments = new ArrayList<>();
        private final StringBuilder equal = new StringBuilder();
        private final StringBuilder deleted = new StringBuilder();
        private final StringBuilder inserted = new StringBuilder();
        private int wordsDeleted;
        private int wordsInserted;

        void equal(String text) {
            if (text.isEmpty()) {
                return;
            }
            boolean holdAsGap = isGap(text) && isReplacement() && equal.length() == 0;
            if (!holdAsGap) {
                flushChange();
            }
            equal.append(text);
        }

        // Only a replacement absorbs a gap: after a pure insertion it would read "[- bar-]{+foo +}".
        private boolean isReplacement() {
            return deleted.length() > 0 && inserted.length() > 0;
        }

        private static boolean isGap(CharSequence text) {
            return text.length() > 0 && text.chars().allMatch(c -> c != '\n' && Character.isWhitespace(c));
        }

        void deleted(String token) {
            flushEqual();
            deleted.append(token);
            wordsDeleted += WordTokenizer.isWord(token) ? 1 : 0;
        }

        void inserted(String token) {
            flushEqual();
            inserted.append(token);
            wordsInserted += WordTokenizer.isWord(token) ? 1 : 0;
        }

        TextDiff build() {
            flushChange();
            add(DiffSegment.Kind.EQUAL, equal);
            return new TextDiff(segments, wordsDeleted, wordsInserted);
        }

        private void flushEqual() {
            if (isGap(equal) && isReplacement()) {
                deleted.append(equal);
                inserted.append(equal);
                equal.setLength(0);
            }
            add(DiffSegment.Kind.EQUAL, equal);
        }

        private void flushChange() {
            add(DiffSegment.Kind.DELETED, deleted);
            add(DiffSegment.Kind.INSERTED, inserted);
        }

        private void add(DiffSegment.Kind kind, StringBuilder text) {
            if (text.length() > 0) {
                segments.add(new DiffSegment(kind, text.toString()));
                text.setLength(0);
            }
        }
    }
}
