package org.clausewright.docx;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes footnotes.xml as markup, like the comments: Word's two separator notes (ids -1 and 0), then one note
 * per call of {@link #add}. Footnote ids are their own sequence 1, 2, 3…, apart from comments and revisions: LibreOffice
 * 7.4 finds a note by its place in that sequence, and shows none when the ids skip (see {@link Tally#nextId}).
 */
final class FootnotesWriter {
    static final String TEXT_STYLE = "FootnoteText";
    static final String REFERENCE_STYLE = "FootnoteReference";

    private final Tally tally;
    private final StringBuilder notes = new StringBuilder(1 << 10);
    private int nextId = 1;

    FootnotesWriter(Tally tally) {
        this.tally = tally;
    }

    /** Adds a footnote of one paragraph and returns its id, for the reference in the body. */
    int add(String text) {
        int id = nextId++;
        notes.append("<w:footnote w:id=\"").append(id).append("\"><w:p><w:pPr><w:pStyle w:val=\"")
                .append(TEXT_STYLE).append("\"/></w:pPr><w:r><w:rPr><w:rStyle w:val=\"").append(REFERENCE_STYLE)
                .append("\"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> </w:t></w:r><w:r>");
        RunText.append(notes, text, false, tally);
        notes.append("</w:r></w:p></w:footnote>");
        tally.footnotes++;
        return id;
    }

    /** Adds the footnotes part when there is a note; call once, after the last. */
    void finish(XWPFDocument document) throws IOException {
        if (notes.length() == 0) {
            return;
        }
        String xml = Markup.DECLARATION + "<w:footnotes xmlns:w=\"" + Markup.W + "\">"
                + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\""
                + " w:lineRule=\"auto\"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>"
                + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:pPr><w:spacing w:after=\"0\""
                + " w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>"
                + "</w:footnote>" + notes + "</w:footnotes>";
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/footnotes.xml");
            PackagePart part = document.getPackage().createPart(name, XWPFRelation.FOOTNOTE.getContentType());
            document.getPackagePart().addRelationship(name, TargetMode.INTERNAL, XWPFRelation.FOOTNOTE.getRelation());
            try (OutputStream out = part.getOutputStream()) {
                out.write(xml.getBytes(StandardCharsets.UTF_8));
            }
        } catch (InvalidFormatException e) {
            throw new IOException("could not add the footnotes to the document: " + e.getMessage(), e);
        }
    }
}
