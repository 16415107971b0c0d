package org.clausewright.docx.review;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph as the clause should read it: changes already in the clause count as accepted, the
 * reviewer's as not yet made (deleted words present, inserted words absent). Offsets in Word's full text
 * map to offsets in this view.
 */
final class ParagraphView {
    private static final int CONTEXT = 16;

    final DocParagraph paragraph;
    final String text;
    final List<ChangeGroup> groups;
    private final int[] fromFull;

    private ParagraphView(DocParagraph paragraph, String text, List<ChangeGroup> groups, int[] fromFull) {
        this.paragraph = paragraph;
        this.text = text;
        this.groups = groups;
        this.fromFull = fromFull;
    }

    /** @param clauseText the clause's current text, to tell changes already made from new ones */
    static ParagraphView of(DocParagraph p, String clauseText) {
        String full = p.full();
        String accepted = p.accepted();
        List<int[]> spans = spans(p);
        // paragraph boundaries count: an insertion at the end of a paragraph is not "already there" just
        // because the words before it are (they are, with or without it)
        String bounded = clauseText == null ? null : "\n" + clauseText + "\n";
        List<ChangeGroup> groups = new ArrayList<>(spans.size());
        StringBuilder view = new StringBuilder(full.length());
        int[] fromFull = new int[full.length() + 1];
        int at = 0;
        int acceptedAt = 0;
        for (int[] span : spans) {
            for (; at < span[0]; at++) {
                fromFull[at] = view.length();
                view.append(full.charAt(at));
                acceptedAt++;
            }
            StringBuilder del = new StringBuilder();
            StringBuilder ins = new StringBuilder();
            for (int k = span[2]; k < span[3]; k++) {
                Change c = p.changes().get(k);
                (c.isInsertion() ? ins : del).append(full, c.start(), c.end());
            }
            String l = (acceptedAt <= CONTEXT ? "\n" : "") + accepted.substring(Math.max(0, acceptedAt - CONTEXT), acceptedAt);
            int after = acceptedAt + ins.length();
            String r = accepted.substring(Math.min(after, accepted.length()), Math.min(accepted.length(), after + CONTEXT))
                    + (after + CONTEXT >= accepted.length() ? "\n" : "");
            boolean applied;
            if (bounded == null) {
                applied = false;
            } else if (acceptedAt == 0 && after == accepted.length() && (del.isEmpty() || ins.isEmpty())) {
                // a whole paragraph: deleted, it is made when the clause lacks it; inserted, its neighbours
                // decide (ClauseDocText's inserted paragraphs)
                applied = ins.isEmpty() && !bounded.contains("\n" + del + "\n");
            } else {
                applied = !bounded.contains(l + del + r) && bounded.contains(l + ins + r);
            }
            int viewStart = view.length();
            for (int k = span[2]; k < span[3]; k++) {
                Change c = p.changes().get(k);
                boolean keep = applied == c.isInsertion();
                for (int i = c.start(); i < c.end(); i++) {
                    fromFull[i] = view.length();
                    if (keep) {
                        view.append(full.charAt(i));
                    }
                }
            }
            acceptedAt = after;
            at = span[1];
            groups.add(new ChangeGroup(span[0], span[1], del.toString(), ins.toString(), p.changes().get(span[2]),
                    viewStart, applied));
        }
        for (; at < full.length(); at++) {
            fromFull[at] = view.length();
            view.append(full.charAt(at));
        }
        fromFull[full.length()] = view.length();
        return new ParagraphView(p, view.toString(), groups, fromFull);
    }

    /** Runs of touching changes by one author: {start, end, first change index, end change index}. */
    private static List<int[]> spans(DocParagraph p) {
        List<int[]> spans = new ArrayList<>();
        List<Change> changes = p.changes();
        for (int k = 0; k < changes.size(); k++) {
            Change c = changes.get(k);
            int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && last[1] == c.start() && changes.get(last[2]).author().equals(c.author())) {
                last[1] = c.end();
                last[3] = k + 1;
            } else {
                spans.add(new int[]{c.start(), c.end(), k, k + 1});
            }
        }
        return spans;
    }

    /** The view offset of an offset in the full text; -1 means the end of the paragraph. */
    int offset(int full) {
        if (full < 0 || full >= fromFull.length) {
            return text.length();
        }
        return fromFull[full];
    }

    boolean isBlank() {
        return text.isBlank();
    }
}
