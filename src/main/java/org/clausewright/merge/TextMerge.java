package org.clausewright.merge;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import org.clausewright.diff.WordTokenizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A three-way merge of one text word by word ({@link WordTokenizer}'s words, with each open bracket one unit):
 * where one side changed words, its words are taken; where both changed different words, both changes are taken;
 * where both changed the same words identically, once; where both changed the same words differently, the result
 * holds a {@link Chunk.Disputed} chunk for the caller to make a bracket of.
 *
 * <p>Changes touch when their stretches of the base overlap, or when both inserted words at the same place; a
 * change that only borders the other's (an insertion just before a replaced word) is taken with it.
 */
final class TextMerge {
    private TextMerge() {
    }

    /** The merged text as agreed stretches and disputed ones, in order. */
    static List<Chunk> merge(String base, String ours, String theirs) {
        List<Chunk> out = new ArrayList<>();
        if (ours.equals(theirs) || theirs.equals(base)) {
            out.add(new Chunk.Agreed(ours));
            return out;
        }
        if (ours.equals(base)) {
            out.add(new Chunk.Agreed(theirs));
            return out;
        }
        List<String> b = WordTokenizer.tokenizeKeepingBrackets(base);
        List<String> o = WordTokenizer.tokenizeKeepingBrackets(ours);
        List<String> t = WordTokenizer.tokenizeKeepingBrackets(theirs);
        List<Edit> edits = new ArrayList<>();
        edits.addAll(edits(b, o, true));
        edits.addAll(edits(b, t, false));
        edits.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
        Builder builder = new Builder(out);
        int at = 0;
        int i = 0;
        while (i < edits.size()) {
            Edit first = edits.get(i);
            int start = first.start;
            int end = first.end;
            List<Edit> cluster = new ArrayList<>();
            cluster.add(first);
            i++;
            while (i < edits.size() && touches(edits.get(i), start, end)) {
                end = Math.max(end, edits.get(i).end);
                cluster.add(edits.get(i));
                i++;
            }
            builder.agreed(join(b, at, start));
            builder.region(cluster, b, start, end);
            at = end;
        }
        builder.agreed(join(b, at, b.size()));
        builder.flush();
        return out;
    }

    private static boolean touches(Edit e, int start, int end) {
        if (e.start < end) {
            return true;
        }
        // two insertions at the same place dispute the place
        return e.start == end && e.isInsertion() && start == end;
    }

    /**
     * One side's changes of the base. Two changes with only spaces of the base between them are one: the diff of
     * "shall" to "ought to" may come out as "shall" to "ought" and "to " inserted after the space, and the
     * insertion, taken alone, was agreed text after the bracket made of the other site's change of "shall".
     */
    private static List<Edit> edits(List<String> base, List<String> side, boolean ours) {
        List<Edit> result = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(base, side).getDeltas()) {
            int start = delta.getSource().getPosition();
            Edit edit = new Edit(start, start + delta.getSource().size(), delta.getTarget().getLines(), ours);
            Edit before = result.isEmpty() ? null : result.get(result.size() - 1);
            if (before != null && blank(base, before.end(), edit.start())) {
                List<String> tokens = new ArrayList<>(before.tokens());
                tokens.addAll(base.subList(before.end(), edit.start()));
                tokens.addAll(edit.tokens());
                result.set(result.size() - 1, new Edit(before.start(), edit.end(), tokens, ours));
            } else {
                result.add(edit);
            }
        }
        return result;
    }

    private static boolean blank(List<String> tokens, int from, int to) {
        return tokens.subList(from, to).stream().allMatch(String::isBlank);
    }

    static String join(List<String> tokens, int from, int to) {
        return from >= to ? "" : String.join("", tokens.subList(from, to));
    }

    /** A stretch {@code [start, end)} of the base's tokens replaced by {@code tokens} on one side. */
    private record Edit(int start, int end, List<String> tokens, boolean ours) {
        boolean isInsertion() {
            return start == end;
        }
    }

    /** A stretch of the merged text. */
    sealed interface Chunk {
        /** Words both sides hold, or that one side changed and the other left alone. */
        record Agreed(String text) implements Chunk {
        }

        /**
         * Words both sides changed differently.
         *
         * @param baseStands whether the base's words still stand at both sides: both only added words here, so
         *                   the base (then always no text) is an option too
         */
        record Disputed(String base, String ours, String theirs, boolean baseStands) implements Chunk {
        }
    }

    /** Collects chunks, joining neighbouring agreed text and trimming what both disputed wordings share. */
    private static final class Builder {
        private final List<Chunk> out;
        private final StringBuilder agreed = new StringBuilder();

        Builder(List<Chunk> out) {
            this.out = out;
        }

        void agreed(String text) {
            agreed.append(text);
        }

        void region(List<Edit> cluster, List<String> base, int start, int end) {
            boolean fromOurs = cluster.stream().anyMatch(Edit::ours);
            boolean fromTheirs = cluster.stream().anyMatch(e -> !e.ours());
            List<String> ours = apply(cluster, base, start, end, true);
            List<String> theirs = apply(cluster, base, start, end, false);
            if (!fromTheirs || !fromOurs || ours.equals(theirs)) {
                agreed(String.join("", fromOurs ? ours : theirs));
                return;
            }
            boolean baseStands = cluster.stream().allMatch(Edit::isInsertion);
            if (baseStands) {
                disputed(join(base, start, end), String.join("", ours), String.join("", theirs), true);
                return;
            }
            int prefix = 0;
            while (prefix < ours.size() && prefix < theirs.size() && ours.get(prefix).equals(theirs.get(prefix))) {
                prefix++;
            }
            int suffix = 0;
            while (suffix < ours.size() - prefix && suffix < theirs.size() - prefix
                    && ours.get(ours.size() - 1 - suffix).equals(theirs.get(theirs.size() - 1 - suffix))) {
                suffix++;
            }
            // a bracket written right beside an open one would join it as more options: keep them apart
            while (prefix > 0 && isBracket(ours.get(prefix - 1))) {
                prefix--;
            }
            while (suffix > 0 && isBracket(ours.get(ours.size() - suffix))) {
                suffix--;
            }
            agreed(String.join("", ours.subList(0, prefix)));
            disputed(join(base, start, end), String.join("", ours.subList(prefix, ours.size() - suffix)),
                    String.join("", theirs.subList(prefix, theirs.size() - suffix)), false);
            agreed(String.join("", ours.subList(ours.size() - suffix, ours.size())));
        }

        private static boolean isBracket(String token) {
            return token.startsWith("[") && token.endsWith("]") && token.length() > 1;
        }

        private void disputed(String base, String ours, String theirs, boolean baseStands) {
            flush();
            out.add(new Chunk.Disputed(base, ours, theirs, baseStands));
        }

        void flush() {
            if (agreed.length() > 0) {
                out.add(new Chunk.Agreed(agreed.toString()));
                agreed.setLength(0);
            }
        }

        // The side's tokens for base[start, end): the base with that side's edits of the region applied.
        private static List<String> apply(List<Edit> cluster, List<String> base, int start, int end, boolean ours) {
            List<String> result = new ArrayList<>();
            int at = start;
            for (Edit e : cluster) {
                if (e.ours() != ours) {
                    continue;
                }
                result.addAll(base.subList(at, e.start()));
                result.addAll(e.tokens());
                at = e.end();
            }
            result.addAll(base.subList(at, end));
            return result;
        }
    }
}
