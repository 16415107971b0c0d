package org.clausewright.docx.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the clause of each paragraph: by its clause bookmark; else by its text, exact then fuzzy, reading
 * the document in order so that the heading above a paragraph decides between clauses that share wording.
 */
final class ParagraphMapper {
    /** A paragraph this close to a paragraph of the clause under the heading above belongs to it. */
    static final double NEARBY_THRESHOLD = 0.6;
    /** Anywhere else in the draft, the words must agree more. */
    static final double ANYWHERE_THRESHOLD = 0.75;

    private final ClauseIndex index;
    private String context;

    private ParagraphMapper(ClauseIndex index) {
        this.index = index;
    }

    static List<Placement> map(List<DocParagraph> paragraphs, ClauseIndex index) {
        ParagraphMapper mapper = new ParagraphMapper(index);
        List<Placement> result = new ArrayList<>(paragraphs.size());
        Placement previous = Placement.NONE;
        for (DocParagraph p : paragraphs) {
            Placement placed = mapper.place(p, previous);
            result.add(placed);
            if (!p.full().isBlank()) {
                previous = placed;
            }
        }
        return result;
    }

    private Placement place(DocParagraph p, Placement previous) {
        String original = Texts.normalize(p.original());
        String accepted = Texts.normalize(p.accepted());
        if (p.bookmark() != null && index.hasClause(p.bookmark())) {
            context = p.bookmark();
            boolean heading = index.isHeadingOf(p.bookmark(), original) || index.isHeadingOf(p.bookmark(), accepted);
            return new Placement(p.bookmark(), heading, Placement.Method.BOOKMARK);
        }
        if (original.isEmpty()) {
            // a paragraph the reviewer inserted goes with the clause it follows
            return !accepted.isEmpty() && previous.isPlaced()
                    ? new Placement(previous.clauseId(), false, Placement.Method.FOLLOWING) : Placement.NONE;
        }
        String heading = pick(index.clausesWithHeading(original), index.clausesWithHeading(accepted));
        if (heading != null) {
            context = heading;
            return new Placement(heading, true, Placement.Method.EXACT);
        }
        String exact = pick(index.clausesWithParagraph(original), index.clausesWithParagraph(accepted));
        if (exact != null) {
            context = exact;
            return new Placement(exact, false, Placement.Method.EXACT);
        }
        Set<String> words = Texts.words(original);
        words.addAll(Texts.words(accepted));
        if (context != null && index.similarityTo(context, words) >= NEARBY_THRESHOLD) {
            return new Placement(context, false, Placement.Method.FUZZY);
        }
        String fuzzy = index.closest(words, ANYWHERE_THRESHOLD);
        if (fuzzy != null) {
            context = fuzzy;
            return new Placement(fuzzy, false, Placement.Method.FUZZY);
        }
        return Placement.NONE;
    }

    /** The clause under the current heading if it is a candidate, else the first candidate. */
    private String pick(List<String> a, List<String> b) {
        if (context != null && (a.contains(context) || b.contains(context))) {
            return context;
        }
        return !a.isEmpty() ? a.get(0) : !b.isEmpty() ? b.get(0) : null;
    }
}
