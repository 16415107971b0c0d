package org.clausewright.docx;

import org.apache.poi.xwpf.usermodel.XWPFRelation;

import java.io.IOException;

/**
 * Writes footnotes.xml as markup, like the comments: Word's two separator notes (ids -1 and 0), then one note
 * per call of {@link #add}. Footnote ids are their own sequence 1, 2, 3…, apart from comments and revisions: LibreOffice
 * 7.4 finds a note by its place in that sequence, and shows none when the ids skip (see {@link Tally#nextId}). The
 * notes are deflated beside the writing ({@link PartWriter}); close the writer when the export is abandoned.
 */
final class FootnotesWriter implements AutoCloseable {
    private static final String HEAD = Markup.DECLARATION + "<w:footnotes xmlns:w=\"" + Markup.W + "\">"
            + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\""
            + " w:lineRule=\"auto\"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>"
            + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:pPr><w:spacing w:after=\"0\""
            + " w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>"
            + "</w:footnote>";

    static final String TEXT_STYLE = "FootnoteText";
    static final String REFERENCE_STYLE = "FootnoteReference";

    private final Tally tally;
    private final PartWriter part = new PartWriter(HEAD);
    private int nextId = 1;

    FootnotesWriter(Tally tally) {
        this.tally = tally;
    }

    /** Adds a footnote of one paragraph and returns its id, for the reference in the body. */
    int add(String text) {
        int id = nextId++;
        StringBuilder notes = part.xml();
        notes.append("<w:footnote w:id=\"").append(id).append("\"><w:p><w:pPr><w:pStyle w:val=\"")
                .append(TEXT_STYLE).append("\"/></w:pPr><w:r><w:rPr><w:rStyle w:val=\"").append(REFERENCE_STYLE)
                .append("\"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> </w:t></w:r><w:r>");
        RunText.append(notes, text, false, tally);
        notes.append("</w:r></w:p></w:footnote>");
        part.elementEnded();
        tally.footnotes++;
        return id;
    }

    /** Adds the footnotes part when there is a note; call once, after the last. */
    void finish(StreamedDocument document) throws IOException {
        if (part.isEmpty()) {
            return;
        }
        document.part("/word/footnotes.xml", XWPFRelation.FOOTNOTE.getContentType(),
                XWPFRelation.FOOTNOTE.getRelation(), part.finish("</w:footnotes>"));
    }

    @Override
    public void close() {
        part.close();
    }
}
