package org.clausewright.docx;

import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import javax.xml.namespace.QName;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A POI document whose main part is written from the streamed body rather than from POI's object tree.
 * Everything else (styles, numbering, settings, headers, footers, properties, relationships, content
 * types, the zip) is POI's. The section properties, which POI's header and footer policy fills in with
 * the references to the parts it made, are taken from POI's tree and written after the body.
 *
 * <p>The document is written once, to the stream the caller gives {@link #write}. POI's own {@code close()} of a
 * document made with {@code new XWPFDocument()} saves the whole package again, into the in-memory stream POI
 * made it on and nobody reads: closing here lets the package go without saving it.
 */
final class StreamedDocument extends XWPFDocument {
    private List<? extends CharSequence> body = List.of();

    /** The body's markup, in pieces written one after another. */
    void body(List<? extends CharSequence> markup) {
        body = markup;
    }

    /** Drops the package without saving it: what was written went to the caller's stream already. */
    @Override
    public void close() {
        getPackage().revert();
    }

    @Override
    protected void commit() throws IOException {
        PackagePart part = getPackagePart();
        try (OutputStream out = part.getOutputStream();
             Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write(Markup.DECLARATION);
            writer.write("<w:document xmlns:w=\"" + Markup.W + "\" xmlns:r=\"" + Markup.R + "\" xmlns:w14=\""
                    + Markup.W14 + "\" xmlns:mc=\"" + Markup.MC + "\" mc:Ignorable=\"w14\"><w:body>");
            for (CharSequence piece : body) {
                writer.append(piece);
            }
            CTSectPr sectPr = getDocument().getBody().getSectPr();
            if (sectPr != null) {
                XmlOptions options = new XmlOptions();
                options.setSaveOuter();
                options.setSaveSyntheticDocumentElement(new QName(Markup.W, "sectPr", "w"));
                options.setSaveNoXmlDecl();
                options.setSaveSuggestedPrefixes(java.util.Map.of(Markup.W, "w", Markup.R, "r"));
                writer.write(sectPr.xmlText(options));
            }
            writer.write("</w:body></w:document>");
        }
    }
}
