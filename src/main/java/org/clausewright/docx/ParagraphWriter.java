package org.clausewright.docx;

import org.clausewright.diff.DiffSegment.Kind;

/**
 * Appends content to one Word paragraph in reading order: plain, inserted or deleted text, comment ranges,
 * bookmarks and fields. Every marker is a direct child of the paragraph, never inside a revision, which is
 * the form Word itself writes and the one pandoc and LibreOffice read reliably.
 *
 * <p>The paragraph's properties (its style, a revised paragraph mark) may be decided after its text, so
 * the content is kept apart and the whole {@code w:p} is written by {@link #writeTo} once it is complete.
 */
final class ParagraphWriter {
    private final StringBuilder content = new StringBuilder(128);
    private final Tally tally;
    private final boolean rightToLeft;
    private String style;
    private String alignment;
    private String markElement;
    private ChangeAuthor markAuthor;
    private boolean highlight;
    private boolean bold;
    private boolean italic;
    private int halfPoints;
    private boolean keepNext;
    private String shading;
    private boolean unnumbered;
    private int hanging;

    ParagraphWriter(Tally tally) {
        this(tally, false);
    }

    /** @param rightToLeft whether the paragraph runs right to left (an Arabic draft): bidi, right-aligned, rtl runs */
    ParagraphWriter(Tally tally, boolean rightToLeft) {
        this.tally = tally;
        this.rightToLeft = rightToLeft;
    }

    void style(String styleId) {
        style = styleId;
    }

    /** Word's justification value, such as "center". */
    void alignment(String value) {
        alignment = value;
    }

    void highlight(boolean on) {
        highlight = on;
    }

    void bold(boolean on) {
        bold = on;
    }

    /** The runs' size in half-points (18 is 9 pt); 0 keeps the style's. */
    void size(int halfPoints) {
        this.halfPoints = halfPoints;
    }

    /** Kept on the page of the paragraph or table that follows (a label above a table). */
    void keepWithNext() {
        keepNext = true;
    }

    void italic(boolean on) {
        italic = on;
    }

    /** A paragraph shading, as a hexadecimal RGB fill such as "FFF2B3"; null for none. */
    void shading(String fill) {
        shading = fill;
    }

    /**
     * Takes the paragraph out of the heading style's automatic numbering: a frozen number is written as text,
     * since Word would renumber it. {@code hanging} (twips) leaves room for the number before a tab.
     */
    void unnumbered(int hanging) {
        unnumbered = true;
        this.hanging = hanging;
    }

    /** The superscript reference to footnote {@code id}. */
    void footnoteReference(int id) {
        content.append("<w:r><w:rPr><w:rStyle w:val=\"").append(FootnotesWriter.REFERENCE_STYLE)
                .append("\"/></w:rPr><w:footnoteReference w:id=\"").append(id).append("\"/></w:r>");
    }

    void text(String text, Kind kind, ChangeAuthor author) {
        if (text.isEmpty()) {
            return;
        }
        switch (kind) {
            case EQUAL -> run(text, false);
            case INSERTED -> {
                revision("w:ins", author, false);
                run(text, false);
                content.append("</w:ins>");
            }
            case DELETED -> {
                revision("w:del", author, false);
                run(text, true);
                content.append("</w:del>");
            }
        }
    }

    /** Marks the paragraph's own mark as inserted or deleted, so that accepting or rejecting joins paragraphs. */
    void markRevision(Kind kind, ChangeAuthor author) {
        if (kind == Kind.EQUAL) {
            return;
        }
        markElement = kind == Kind.INSERTED ? "w:ins" : "w:del";
        markAuthor = author;
    }

    void commentStart(int id) {
        content.append("<w:commentRangeStart w:id=\"").append(id).append("\"/>");
    }

    void commentEnd(int id) {
        content.append("<w:commentRangeEnd w:id=\"").append(id).append("\"/>")
                .append("<w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr><w:commentReference w:id=\"")
                .append(id).append("\"/></w:r>");
    }

    void bookmarkStart(String name, int id) {
        content.append("<w:bookmarkStart w:id=\"").append(id).append('"');
        Markup.attribute(content, "w:name", name);
        content.append("/>");
    }

    void bookmarkEnd(int id) {
        content.append("<w:bookmarkEnd w:id=\"").append(id).append("\"/>");
    }

    /** A complex field's start: its begin mark, instruction and separator; the runs after it are its result. */
    void fieldStart(String instruction) {
        content.append("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\">");
        Markup.escape(content, instruction);
        content.append("</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>");
    }

    void fieldEnd() {
        content.append("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
    }

    /** Writes the whole paragraph: {@code w:p}, its properties, then its content. */
    void writeTo(StringBuilder out) {
        out.append("<w:p>");
        if (style != null || alignment != null || markElement != null || shading != null || unnumbered || keepNext
                || rightToLeft) {
            out.append("<w:pPr>");
            if (style != null) {
                out.append("<w:pStyle w:val=\"").append(style).append("\"/>");
            }
            if (keepNext) {
                out.append("<w:keepNext/>");
            }
            if (unnumbered) {
                out.append("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"0\"/></w:numPr>");
            }
            if (shading != null) {
                out.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").append(shading).append("\"/>");
            }
            if (rightToLeft) {
                out.append("<w:bidi/>");
            }
            if (unnumbered) {
                // the numbering level's hanging indent goes with the numbering
                out.append("<w:ind w:left=\"").append(hanging).append("\" w:hanging=\"").append(hanging)
                        .append("\"/>");
            }
            if (alignment != null) {
                // no alignment for a right-to-left paragraph: Word and LibreOffice read w:jc's "left" and "right" as
                // the start and end of the paragraph's direction, so "right" drew it from the left margin; without
                // one it starts at the right margin, as the style's justification does
                out.append("<w:jc w:val=\"").append(alignment).append("\"/>");
            }
            if (markElement != null) {
                out.append("<w:rPr>");
                stamp(out, markElement, markAuthor, true);
                out.append("</w:rPr>");
            }
            out.append("</w:pPr>");
        }
        out.append(content).append("</w:p>");
    }

    private void run(String text, boolean deleted) {
        content.append("<w:r>");
        boolean marked = highlight && !deleted;
        if (bold || italic || marked || halfPoints > 0 || rightToLeft) {
            content.append("<w:rPr>");
            if (bold) {
                content.append("<w:b/>");
            }
            if (italic) {
                content.append("<w:i/>");
            }
            if (halfPoints > 0) {
                content.append("<w:sz w:val=\"").append(halfPoints).append("\"/><w:szCs w:val=\"")
                        .append(halfPoints).append("\"/>");
            }
            if (marked) {
                content.append("<w:highlight w:val=\"yellow\"/>");
            }
            if (rightToLeft) {
                content.append("<w:rtl/>");
            }
            content.append("</w:rPr>");
        }
        RunText.append(content, text, deleted, tally);
        content.append("</w:r>");
    }

    private void revision(String element, ChangeAuthor author, boolean empty) {
        stamp(content, element, author, empty);
    }

    /** A revision element with its id, author and date; empty for a paragraph mark, else left open. */
    private void stamp(StringBuilder out, String element, ChangeAuthor author, boolean empty) {
        out.append('<').append(element).append(" w:id=\"").append(tally.nextId()).append('"');
        Markup.attribute(out, "w:author", RunText.plain(author.name()));
        out.append(" w:date=\"").append(Markup.date(author.time())).append('"').append(empty ? "/>" : ">");
    }
}
