package org.clausewright.docx;

import java.util.List;

/**
 * The document's body as markup, in reading order. Paragraphs are handed out one at a time: asking for
 * the next one completes the one before, since a paragraph's properties may be settled after its text.
 * Writing the body as text instead of building POI's object tree makes the export several times faster
 * on a large draft (see docs/decisions/docx-streamed-body.md); POI still makes the package around it.
 */
final class BodyWriter {
    /** How a cell's run opens: a heading row's in bold, a right-to-left cell's marked so. */
    private static final String BOLD_RUN = "<w:r><w:rPr><w:b/></w:rPr>";
    private static final String BOLD_RTL_RUN = "<w:r><w:rPr><w:b/><w:rtl/></w:rPr>";
    private static final String RTL_RUN = "<w:r><w:rPr><w:rtl/></w:rPr>";
    /** The width of the text between A4 margins of one inch, in twentieths of a point. */
    static final int TEXT_WIDTH = 11906 - 2 * 1440;

    /**
     * A body with a compilation annex runs to tens of megabytes of markup: handed on in pieces of about a megabyte,
     * it is never copied whole as one buffer grows (each copy a huge array for the collector), nor turned into
     * one string to be written, and each piece is deflated while the next is written ({@link DeflatedPart}).
     */
    private static final int PIECE = 1 << 20;
    /**
     * The tables' 9 pt is their style's (TableGridSmall in styles.xml), not each run's: a compilation has a
     * hundred thousand cells, and 37 bytes of size in each were a quarter of its markup, written, encoded and
     * deflated for every export.
     */
    private static final String SMALL_TABLE = "TableGridSmall";

    private final DeflatedPart pieces;
    private StringBuilder xml;
    private final Tally tally;
    private final boolean rightToLeft;
    private ParagraphWriter open;

    /**
     * @param rightToLeft whether every paragraph and table runs right to left (an Arabic draft)
     * @param pieces      takes the body's markup a piece at a time, in order, and gives back builders it is done with
     */
    BodyWriter(Tally tally, boolean rightToLeft, DeflatedPart pieces) {
        this.tally = tally;
        this.rightToLeft = rightToLeft;
        this.pieces = pieces;
        this.xml = pieces.nextPiece(1 << 16);
    }

    /** A new paragraph at the end of the body. */
    ParagraphWriter paragraph() {
        complete();
        nextPiece();
        open = new ParagraphWriter(tally, rightToLeft);
        return open;
    }

    /** A paragraph with a style and one run of text. */
    ParagraphWriter paragraph(String style, String text) {
        ParagraphWriter p = paragraph();
        p.style(style);
        p.text(text, org.clausewright.diff.DiffSegment.Kind.EQUAL, null);
        return p;
    }

    /**
     * A table across the text width, in 9 pt, with a bold heading row repeated on every page and no row split
     * across pages; {@code widths} are the
     * columns' shares of the width, so that every reader draws the same columns.
     */
    void table(String[] header, List<String[]> rows, int[] widths) {
        complete();
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        int[] twips = new int[widths.length];
        for (int c = 0; c < widths.length; c++) {
            twips[c] = TEXT_WIDTH * widths[c] / total;
        }
        xml.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"").append(SMALL_TABLE).append("\"/><w:tblW w:w=\"")
                .append(TEXT_WIDTH).append("\" w:type=\"dxa\"/>").append(rightToLeft ? "<w:bidiVisual/>" : "")
                .append("<w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
        for (int w : twips) {
            xml.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        }
        xml.append("</w:tblGrid>");
        row(header, twips, true);
        for (String[] row : rows) {
            row(row, twips, false);
        }
        xml.append("</w:tbl>");
    }

    /**
     * A table of two equal columns, a row per entry, each cell its paragraphs (the first in bold); a column whose
     * language runs right to left has its paragraphs and runs so. For the bilingual draft.
     */
    void sideBySide(List<List<List<String>>> rows, boolean[] rightToLeftColumns) {
        complete();
        int width = TEXT_WIDTH / 2;
        xml.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"").append(TEXT_WIDTH)
                .append("\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>")
                .append("<w:gridCol w:w=\"").append(width).append("\"/><w:gridCol w:w=\"").append(width)
                .append("\"/></w:tblGrid>");
        for (List<List<String>> row : rows) {
            xml.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            for (int c = 0; c < 2; c++) {
                boolean rtl = rightToLeftColumns[c];
                xml.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/></w:tcPr>");
                List<String> paragraphs = c < row.size() ? row.get(c) : List.of();
                for (int k = 0; k < Math.max(1, paragraphs.size()); k++) {
                    xml.append("<w:p>").append(rtl ? "<w:pPr><w:bidi/></w:pPr>" : "");
                    if (k < paragraphs.size() && !paragraphs.get(k).isEmpty()) {
                        xml.append("<w:r><w:rPr>").append(k == 0 ? "<w:b/>" : "").append(rtl ? "<w:rtl/>" : "")
                                .append("</w:rPr>");
                        RunText.append(xml, paragraphs.get(k), false, tally);
                        xml.append("</w:r>");
                    }
                    xml.append("</w:p>");
                }
                xml.append("</w:tc>");
            }
            xml.append("</w:tr>");
            nextPiece();
        }
        xml.append("</w:tbl>");
    }

    // The cells are written straight into the body, as ParagraphWriter would write a paragraph of one run: a
    // compilation has a hundred thousand of them, and a writer object and a copy each cost more than the rest.
    private void row(String[] values, int[] twips, boolean header) {
        // a row is never split across pages, and the heading row repeats on each
        xml.append("<w:tr><w:trPr><w:cantSplit/>");
        if (header) {
            xml.append("<w:tblHeader/>");
        }
        xml.append("</w:trPr>");
        for (int c = 0; c < twips.length; c++) {
            xml.append("<w:tc>");
            if (header) {
                // Only the first row states its cells' widths: a fixed table takes its columns from the grid and the
                // first row, and a later cell without a width asks for none (ECMA-376 17.18.87). Rows of the same
                // shape repeating them were 40 % of a compilation's markup (docs/decisions/start-up-work.md).
                xml.append("<w:tcPr><w:tcW w:w=\"").append(twips[c]).append("\" w:type=\"dxa\"/></w:tcPr>");
            }
            String text = c < values.length ? values[c] : "";
            if (text.isEmpty() && !rightToLeft) {
                xml.append("<w:p/></w:tc>");
                continue;
            }
            // in a right-to-left document a cell runs right to left unless its text starts left to right (an English
            // comment, a delegation's Latin name): its full stop was drawn at the wrong end
            boolean cellRightToLeft = rightToLeft && !startsLeftToRight(text);
            xml.append("<w:p>").append(cellRightToLeft ? "<w:pPr><w:bidi/></w:pPr>" : "");
            if (!text.isEmpty()) {
                // 9 pt from the table's style: six columns across the page keep their headings' words whole
                xml.append(header ? (cellRightToLeft ? BOLD_RTL_RUN : BOLD_RUN)
                        : cellRightToLeft ? RTL_RUN : "<w:r>");
                RunText.append(xml, text, false, tally);
                xml.append("</w:r>");
            }
            xml.append("</w:p></w:tc>");
        }
        xml.append("</w:tr>");
        nextPiece();
    }

    /**
     * Whether {@code text}'s direction is left to right by its first strong letter (the Unicode rule for a
     * paragraph's direction), as the JDK's {@link java.text.Bidi} works it out; a text with no strong letter is not.
     */
    static boolean startsLeftToRight(String text) {
        return !text.isEmpty() && new java.text.Bidi(text, java.text.Bidi.DIRECTION_DEFAULT_RIGHT_TO_LEFT)
                .baseIsLeftToRight();
    }

    /** Completes the last paragraph and hands on what is written so far, so that markup from elsewhere may follow. */
    void handOn() {
        complete();
        pieces.add(xml);
        xml = pieces.nextPiece(1 << 16);
    }

    /** Completes the last paragraph and hands on the last piece. */
    void finish() {
        complete();
        pieces.add(xml);
        xml = new StringBuilder();
    }

    // Between paragraphs and table rows only, so that no piece ends inside an element.
    private void nextPiece() {
        if (xml.length() >= PIECE) {
            pieces.add(xml);
            xml = pieces.nextPiece(PIECE + (PIECE >> 2));
        }
    }

    private void complete() {
        if (open != null) {
            open.writeTo(xml);
            open = null;
        }
    }
}
