package org.clausewright.docx;

import org.clausewright.diff.DiffSegment;
import org.clausewright.diff.DiffSegment.Kind;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Writes a clause's text, given as diff segments, into body paragraphs: each "\n" ends a paragraph, and a
 * "\n" that was inserted or deleted becomes an inserted or deleted paragraph mark, so that accepting all
 * changes gives the new paragraphs and rejecting all the old. Markers sit at offsets of the new text;
 * deleted text takes no room there, so a marker at its offset goes before it.
 */
final class TextFlow {
    private static final Pattern SUB_ITEM = Pattern.compile("^\\((?:[a-z]{1,3}|[ivxlc]{1,6}|\\d{1,3})\\)\\s");

    private final Supplier<ParagraphWriter> newParagraph;
    private final Tally tally;
    private final List<Marker> markers;
    private final ChangeAuthor author;
    private ParagraphWriter paragraph;
    private final StringBuilder paragraphText = new StringBuilder();
    private int next;

    TextFlow(Supplier<ParagraphWriter> newParagraph, Tally tally, List<Marker> markers, ChangeAuthor author) {
        this.newParagraph = newParagraph;
        this.tally = tally;
        this.markers = markers;
        this.author = author;
    }

    /** Writes the segments and returns the last paragraph, its mark revised as {@code lastMark}. */
    ParagraphWriter write(List<DiffSegment> segments, Kind lastMark) {
        paragraph = newParagraph.get();
        int pos = 0;
        for (DiffSegment segment : segments) {
            tally.count(segment.kind());
            if (segment.kind() == Kind.DELETED) {
                flushMarkers(pos, false);
                writeLines(segment.text(), Kind.DELETED);
                continue;
            }
            String text = segment.text();
            int i = 0;
            while (i < text.length()) {
                flushMarkers(pos + i, false);
                int nextMarker = next < markers.size() ? markers.get(next).at() - pos : Integer.MAX_VALUE;
                int newline = text.indexOf('\n', i);
                int lineEnd = newline < 0 ? text.length() : newline;
                int end = Math.min(lineEnd, Math.max(i + 1, nextMarker));
                emit(text.substring(i, end), segment.kind());
                if (end == newline) {
                    flushMarkers(pos + newline, true);
                    breakParagraph(segment.kind());
                    i = newline + 1;
                } else {
                    i = end;
                }
            }
            pos += text.length();
        }
        flushMarkers(Integer.MAX_VALUE, false);
        paragraph.markRevision(lastMark, author);
        finishParagraph();
        return paragraph;
    }

    private void writeLines(String text, Kind kind) {
        int i = 0;
        int newline;
        while ((newline = text.indexOf('\n', i)) >= 0) {
            emit(text.substring(i, newline), kind);
            breakParagraph(kind);
            i = newline + 1;
        }
        emit(text.substring(i), kind);
    }

    private void emit(String text, Kind kind) {
        paragraph.text(text, kind, author);
        if (paragraphText.length() < 16) {
            paragraphText.append(text, 0, Math.min(text.length(), 16));
        }
    }

    private void breakParagraph(Kind kind) {
        paragraph.markRevision(kind, author);
        finishParagraph();
        paragraph = newParagraph.get();
    }

    private void finishParagraph() {
        paragraph.style(SUB_ITEM.matcher(paragraphText).find() ? Styles.CLAUSE_ITEM : Styles.CLAUSE_TEXT);
        paragraphText.setLength(0);
    }

    private void flushMarkers(int at, boolean endsOnly) {
        while (next < markers.size()) {
            Marker m = markers.get(next);
            if (m.at() < at || m.at() == at && (!endsOnly || m.isEnd())) {
                m.action().accept(paragraph);
                next++;
            } else {
                return;
            }
        }
    }
}
