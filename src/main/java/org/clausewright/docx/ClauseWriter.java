package org.clausewright.docx;

import org.clausewright.diff.DiffSegment;
import org.clausewright.diff.DiffSegment.Kind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Bracket;
import org.clausewright.model.BracketLayout;
import org.clausewright.model.Clause;
import org.clausewright.model.TextAnchor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Writes one clause: a numbered heading carrying the clause's bookmark, then its paragraphs, with its
 * threads as comments and, against a baseline, its changes as tracked changes. Open brackets are printed as
 * committees print them ({@link PrintedText}), highlighted, with who stands where in a footnote.
 */
final class ClauseWriter {
    private final Supplier<ParagraphWriter> newParagraph;
    private final CommentsWriter comments;
    private final CommentScope scope;
    private final Tally tally;
    private final FootnotesWriter footnotes;
    private final BracketNotes notes;
    private final boolean statusColours;
    private final CommentsAnnex annex;

    /** @param annex takes each thread written as comments too, for a PDF's annex; null for none */
    ClauseWriter(Supplier<ParagraphWriter> newParagraph, CommentsWriter comments, CommentScope scope, Tally tally,
                 FootnotesWriter footnotes, BracketNotes notes, boolean statusColours, CommentsAnnex annex) {
        this.statusColours = statusColours;
        this.annex = annex;
        this.newParagraph = newParagraph;
        this.comments = comments;
        this.scope = scope;
        this.tally = tally;
        this.footnotes = footnotes;
        this.notes = notes;
    }

    /**
     * @param now     the clause in the exported version, or null when it was removed since the baseline
     * @param before  the clause in the baseline, or null when there is none or it is new
     * @param tracked whether a baseline is shown as tracked changes
     * @param number  the clause's number to write as text (a frozen outline's), or null for Word's numbering
     */
    void write(Clause now, Clause before, int depth, boolean tracked, ChangeAuthor author,
               List<AnnotationThread> threads, String number) {
        Kind whole = ClauseTexts.wholeKind(before, now, tracked);
        List<Marker> headingMarkers = new ArrayList<>();
        List<Marker> textMarkers = new ArrayList<>();
        // the layout's groups are the printed text's: the text's brackets found once for both
        BracketLayout layout = now == null || now.text().indexOf('[') < 0 ? null : notes.layout(now);
        PrintedText printed = now == null ? null
                : PrintedText.of(now.text(), notes.noText(), layout == null ? List.of() : layout.groups());
        if (now != null) {
            tally.clauses++;
            for (AnnotationThread thread : threads) {
                if (scope.includes(thread)) {
                    anchor(thread, now, printed, headingMarkers, textMarkers);
                }
            }
            brackets(printed, layout, textMarkers);
            textMarkers.sort(Marker.ORDER);
        }

        String fill = statusColours && now != null ? StatusColours.fill(now.status()) : null;
        Supplier<ParagraphWriter> paragraphs = fill == null ? newParagraph : () -> {
            ParagraphWriter p = newParagraph.get();
            p.shading(fill);
            return p;
        };
        ParagraphWriter heading = paragraphs.get();
        heading.style(Styles.HEADING + depth);
        Integer bookmark = null;
        if (now != null) {
            bookmark = tally.nextId();
            heading.bookmarkStart(ClauseBookmark.name(now.id()), bookmark);
        }
        if (number != null) {
            heading.unnumbered(Styles.NUMBER_HANGING);
            heading.text(number + "\t", now == null ? Kind.DELETED : Kind.EQUAL, author);
        }
        headingMarkers.stream().filter(m -> !m.isEnd()).forEach(m -> m.action().accept(heading));
        for (DiffSegment s : ClauseTexts.segments(before == null ? null : before.heading(),
                now == null ? null : now.heading(), tracked)) {
            heading.text(s.text(), s.kind(), author);
            tally.count(s.kind());
        }
        headingMarkers.stream().filter(Marker::isEnd).forEach(m -> m.action().accept(heading));
        heading.markRevision(whole, author);

        List<DiffSegment> text = ClauseTexts.segments(
                before == null ? null : PrintedText.of(before.text(), notes.noText()).text(),
                printed == null ? null : printed.text(), tracked);
        ParagraphWriter last = new TextFlow(paragraphs, tally, textMarkers, author).write(text, whole);
        if (bookmark != null) {
            last.bookmarkEnd(bookmark);
        }
    }

    /** Highlights each printed bracket, sets "no text" in italics, and puts its attribution in a footnote. */
    private void brackets(PrintedText printed, BracketLayout layout, List<Marker> markers) {
        for (PrintedText.Group group : printed.groups()) {
            markers.add(new Marker(group.start(), false, p -> p.highlight(true)));
            for (int[] noText : group.noText()) {
                markers.add(new Marker(noText[0], false, p -> p.italic(true)));
                markers.add(new Marker(noText[1], true, p -> p.italic(false)));
            }
            markers.add(new Marker(group.end(), true, p -> p.highlight(false)));
            Bracket record = layout.bracketAt(group.index()).filter(BracketNotes::hasFootnote).orElse(null);
            if (record != null) {
                int id = footnotes.add(record);
                markers.add(new Marker(group.end(), true, p -> p.footnoteReference(id)));
            }
        }
    }

    /** An offset moved off the middle of a surrogate pair, which a range boundary would otherwise split in two. */
    private static int codePointBoundary(String text, int offset) {
        int at = Math.min(offset, text.length());
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))
                && Character.isHighSurrogate(text.charAt(at - 1)) ? at + 1 : at;
    }

    /** Anchors a thread to its words, or to the heading when it is about the whole clause or detached. */
    private void anchor(AnnotationThread thread, Clause clause, PrintedText printed, List<Marker> heading,
                        List<Marker> body) {
        String text = clause.text();
        TextAnchor a = thread.anchor();
        int start = -1;
        if (!a.isWholeClause() && !thread.detached()) {
            start = a.matchesAt(text) ? a.start() : text.indexOf(a.quote());
        }
        boolean detached = !a.isWholeClause() && start < 0;
        List<Integer> ids = comments.add(thread, detached);
        List<Marker> target = start < 0 ? heading : body;
        int end = start < 0 ? 0 : printed.printedOffset(codePointBoundary(text, start + a.quote().length()));
        start = start < 0 ? start : printed.printedOffset(codePointBoundary(text, start));
        if (annex != null) {
            // the words as the draft prints them ("[shall / should]", not the typed "[shall][should]")
            annex.add(clause, thread, detached, start < 0 ? null : printed.text().substring(start, end));
        }
        for (int id : ids) {
            target.add(new Marker(Math.max(start, 0), false, p -> p.commentStart(id)));
            target.add(new Marker(end, true, p -> p.commentEnd(id)));
        }
    }
}
