package org.clausewright.docx.review;

import org.clausewright.docx.PrintedText;
import org.clausewright.model.AnchorRelocator;
import org.clausewright.model.Relocation;
import org.clausewright.model.TextAnchor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The text of one clause as the reviewed document has it: the views of its paragraphs joined by '\n',
 * as the clause's own text is. Anchors are made in this text, then found again in the clause's.
 */
final class ClauseDocText {
    final String clauseId;
    final String text;
    final List<ParagraphView> included = new ArrayList<>();
    /** Paragraphs the reviewer inserted whole, with the document offset they go after. */
    final Map<ParagraphView, Integer> insertedAfter = new HashMap<>();
    /** Paragraphs deleted whole that the clause no longer has: their changes are already made. */
    final List<ParagraphView> removed = new ArrayList<>();
    private final Map<Integer, Integer> base = new HashMap<>();
    private final Map<Integer, ParagraphView> views = new HashMap<>();

    private final String clauseText;
    private final PrintedText printed;
    private Function<TextAnchor, Relocation> relocator;

    /**
     * @param noText the words the export printed an empty bracket option as, or null when the document has its
     *               brackets as the clause text does
     */
    ClauseDocText(String clauseId, List<DocParagraph> paragraphs, String clauseText, String noText) {
        this.clauseId = clauseId;
        this.clauseText = clauseText;
        PrintedText asPrinted = noText == null ? null : PrintedText.of(clauseText, noText);
        this.printed = asPrinted == null || !asPrinted.hasBrackets() ? null : asPrinted;
        StringBuilder sb = new StringBuilder();
        for (DocParagraph p : paragraphs) {
            ParagraphView view = ParagraphView.of(p, clauseText);
            if (view.isBlank()) {
                if (!p.accepted().isBlank()) {
                    insertedAfter.put(view, sb.length());
                } else {
                    removed.add(view);
                }
                continue;
            }
            if (!included.isEmpty()) {
                sb.append('\n');
            }
            base.put(p.index(), sb.length());
            views.put(p.index(), view);
            included.add(view);
            sb.append(view.text);
        }
        this.text = sb.toString();
    }

    /** The anchor for {@code text[start, end)} found again in the clause's own text (detached if it is not there). */
    Relocation relocate(int start, int end) {
        if (start >= end || text.isEmpty()) {
            return Anchoring.relocate("", 0, 0, clauseText);
        }
        if (relocator == null) {
            relocator = AnchorRelocator.from(text, printed == null ? clauseText : printed.text());
        }
        Relocation found = relocator.apply(TextAnchor.of(text, start, end));
        if (printed == null || found.isDetached()) {
            return found;
        }
        // The document printed "[a / b]" where the clause text has "[a][b]": the range found in the printed
        // text is brought back to the clause text's own offsets.
        int[] range = printed.rawRange(found.anchor().start(), found.anchor().end());
        return range[0] >= range[1] ? Anchoring.relocate("", 0, 0, clauseText)
                : new Relocation(TextAnchor.of(clauseText, range[0], range[1]), found.method());
    }

    boolean includes(int paragraph) {
        return views.containsKey(paragraph);
    }

    /** The offset in {@link #text} of a point in an included paragraph. */
    int offset(TextPoint point) {
        ParagraphView view = views.get(point.paragraph());
        return base.get(point.paragraph()) + view.offset(point.offset());
    }

    int start(ParagraphView view) {
        return base.get(view.paragraph.index());
    }

    /** The end of the last included paragraph at or before {@code paragraph}, or 0. */
    int endBefore(int paragraph) {
        int end = 0;
        for (ParagraphView v : included) {
            if (v.paragraph.index() <= paragraph) {
                end = base.get(v.paragraph.index()) + v.text.length();
            }
        }
        return end;
    }
}
