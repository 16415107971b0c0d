package org.clausewright.docx;

import org.clausewright.model.BracketGroup;
import org.clausewright.model.BracketLayout;
import org.clausewright.model.BracketSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * A clause text as a committee prints it: each open bracket, written "[shall][should]" in the text, becomes
 * "[shall / should]", and an option of no text is spelled out ("[shall / no text]"). Offsets are mapped both
 * ways, so that the export puts comments on the printed words and the review import brings a reviewer's range
 * on printed words back to the clause's own text.
 */
public final class PrintedText {
    static final String SEPARATOR = " / ";

    private final String raw;
    private final String text;
    private final int[] toRaw;
    private final int[] toPrinted;
    private final List<Group> groups;

    /** Where a bracket group stands in the printed text, and the printed ranges of its "no text" options. */
    record Group(int index, int start, int end, List<int[]> noText) {
    }

    private PrintedText(String raw, String text, int[] toRaw, int[] toPrinted, List<Group> groups) {
        this.raw = raw;
        this.text = text;
        this.toRaw = toRaw;
        this.toPrinted = toPrinted;
        this.groups = groups;
    }

    /** @param noText the words for an empty option in the document's language ("no text") */
    public static PrintedText of(String raw, String noText) {
        return of(raw, noText, raw.indexOf('[') < 0 ? List.of() : BracketLayout.groups(raw));
    }

    /** As {@link #of(String, String)}, with the text's bracket groups given ({@link BracketLayout#groups()}). */
    static PrintedText of(String raw, String noText, List<BracketGroup> found) {
        if (found.isEmpty()) {
            // most clauses: printed as they are, and no offset tables to build
            return new PrintedText(raw, raw, null, null, List.of());
        }
        Builder b = new Builder(raw);
        List<Group> groups = new ArrayList<>();
        int at = 0;
        for (int k = 0; k < found.size(); k++) {
            BracketGroup group = found.get(k);
            b.copy(at, group.start());
            int start = b.length();
            List<int[]> noTexts = new ArrayList<>();
            List<BracketSpan> spans = group.spans();
            for (int s = 0; s < spans.size(); s++) {
                BracketSpan span = spans.get(s);
                // "[" before the first option, " / " for "][" between two
                b.literal(s == 0 ? "[" : SEPARATOR, s == 0 ? span.start() : span.start() - 1, span.start() + 1);
                if (span.end() - span.start() == 2) {
                    int from = b.length();
                    b.literal(noText, span.start() + 1, span.start() + 1);
                    noTexts.add(new int[] {from, b.length()});
                } else {
                    b.copy(span.start() + 1, span.end() - 1);
                }
            }
            BracketSpan last = spans.get(spans.size() - 1);
            b.literal("]", last.end() - 1, last.end());
            groups.add(new Group(k, start, b.length(), List.copyOf(noTexts)));
            at = group.end();
        }
        b.copy(at, raw.length());
        return b.finish(groups);
    }

    /** The text as printed. */
    public String text() {
        return text;
    }

    /** Whether printing changed anything (the text has an open bracket). */
    public boolean hasBrackets() {
        return !groups.isEmpty();
    }

    /** The printed offset of a point of the clause's own text. */
    public int printedOffset(int rawOffset) {
        int at = Math.max(0, Math.min(rawOffset, raw.length()));
        return toPrinted == null ? at : toPrinted[at];
    }

    /** The clause text's offset of a point of the printed text. */
    public int rawOffset(int printedOffset) {
        int at = Math.max(0, Math.min(printedOffset, text.length()));
        return toRaw == null ? at : toRaw[at];
    }

    /**
     * The clause text's range for printed {@code [start, end)}; a range on printed words alone ("no text", a
     * separator) that stands for nothing in the clause text is widened to the whole bracket it is in.
     */
    public int[] rawRange(int start, int end) {
        int s = rawOffset(start);
        int e = Math.max(s, rawOffset(end));
        if (s == e && start < end) {
            for (Group g : groups) {
                if (start >= g.start() && end <= g.end()) {
                    return new int[] {rawOffset(g.start()), rawOffset(g.end())};
                }
            }
        }
        return new int[] {s, e};
    }

    List<Group> groups() {
        return groups;
    }

    private static final class Builder {
        private final String raw;
        private final StringBuilder out = new StringBuilder();
        private int[] toRaw;
        private int printed;
        private final int[] toPrinted;

        Builder(String raw) {
            this.raw = raw;
            this.toPrinted = new int[raw.length() + 1];
            this.toRaw = new int[raw.length() + 16];
        }

        private void back(int rawOffset) {
            if (printed == toRaw.length) {
                toRaw = java.util.Arrays.copyOf(toRaw, toRaw.length * 2);
            }
            toRaw[printed++] = rawOffset;
        }

        int length() {
            return out.length();
        }

        void copy(int from, int to) {
            for (int r = from; r < to; r++) {
                toPrinted[r] = out.length();
                back(r);
                out.append(raw.charAt(r));
            }
        }

        /** Printed words standing for raw {@code [from, to)}: each raw point maps to their start. */
        void literal(String words, int from, int to) {
            for (int r = from; r < to; r++) {
                toPrinted[r] = out.length();
            }
            for (int i = 0; i < words.length(); i++) {
                back(from);
            }
            out.append(words);
        }

        PrintedText finish(List<Group> groups) {
            toPrinted[raw.length()] = out.length();
            back(raw.length());
            return new PrintedText(raw, out.toString(), java.util.Arrays.copyOf(toRaw, printed), toPrinted,
                    List.copyOf(groups));
        }
    }
}
