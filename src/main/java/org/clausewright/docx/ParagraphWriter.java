package org.clausewright.docx;

import org.clausewright.diff.DiffSegment.Kind;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHighlightColor;

import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;

/**
 * Appends content to one Word paragraph in reading order: plain, inserted or deleted text, comment ranges
 * and bookmarks. Every marker is a direct child of the paragraph, never inside a revision, which is the
 * form Word itself writes and the one pandoc and LibreOffice read reliably.
 */
final class ParagraphWriter {
    private final CTP paragraph;
    private final Tally tally;
    private boolean highlight;

    ParagraphWriter(CTP paragraph, Tally tally) {
        this.paragraph = paragraph;
        this.tally = tally;
    }

    CTP paragraph() {
        return paragraph;
    }

    void style(String styleId) {
        pPr().addNewPStyle().setVal(styleId);
    }

    void highlight(boolean on) {
        highlight = on;
    }

    void text(String text, Kind kind, ChangeAuthor author) {
        if (text.isEmpty()) {
            return;
        }
        CTR run = switch (kind) {
            case EQUAL -> paragraph.addNewR();
            case INSERTED -> stamp(paragraph.addNewIns(), author).addNewR();
            case DELETED -> stamp(paragraph.addNewDel(), author).addNewR();
        };
        if (highlight && kind != Kind.DELETED) {
            run.addNewRPr().addNewHighlight().setVal(STHighlightColor.YELLOW);
        }
        RunText.append(run, text, kind == Kind.DELETED, tally);
    }

    /** Marks the paragraph's own mark as inserted or deleted, so that accepting or rejecting joins paragraphs. */
    void markRevision(Kind kind, ChangeAuthor author) {
        if (kind == Kind.EQUAL) {
            return;
        }
        var rPr = pPr().isSetRPr() ? pPr().getRPr() : pPr().addNewRPr();
        stamp(kind == Kind.INSERTED ? rPr.addNewIns() : rPr.addNewDel(), author);
    }

    void commentStart(BigInteger id) {
        paragraph.addNewCommentRangeStart().setId(id);
    }

    void commentEnd(BigInteger id) {
        paragraph.addNewCommentRangeEnd().setId(id);
        CTR ref = paragraph.addNewR();
        ref.addNewRPr().addNewRStyle().setVal("CommentReference");
        ref.addNewCommentReference().setId(id);
    }

    void bookmarkStart(String name, BigInteger id) {
        CTBookmark b = paragraph.addNewBookmarkStart();
        b.setId(id);
        b.setName(name);
    }

    void bookmarkEnd(BigInteger id) {
        paragraph.addNewBookmarkEnd().setId(id);
    }

    private CTPPr pPr() {
        return paragraph.isSetPPr() ? paragraph.getPPr() : paragraph.addNewPPr();
    }

    private <T extends CTTrackChange> T stamp(T change, ChangeAuthor author) {
        change.setId(BigInteger.valueOf(tally.nextId()));
        change.setAuthor(author.name());
        change.setDate(calendar(author.time()));
        return change;
    }

    static Calendar calendar(Instant time) {
        return GregorianCalendar.from(time.truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC));
    }
}
