package org.clausewright.docx;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.internal.ZipHelper;
import org.apache.poi.openxml4j.opc.internal.marshallers.ZipPartMarshaller;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import javax.xml.namespace.QName;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * A POI document whose main part is written from the streamed body rather than from POI's object tree.
 * Everything else (styles, numbering, settings, headers, footers, properties, relationships, content
 * types, the zip) is POI's. The section properties, which POI's header and footer policy fills in with
 * the references to the parts it made, are taken from POI's tree and written after the body.
 *
 * <p>The document is written once, to the stream the caller gives {@link #write}. POI's own {@code close()} of a
 * document made with {@code new XWPFDocument()} saves the whole package again, into the in-memory stream POI
 * made it on and nobody reads: closing here lets the package go without saving it.
 *
 * <p>The body reaches the file already deflated ({@link DeflatedPart}): POI saves each part through the marshaller
 * its package has for the part's content type, and the one given here for the main part copies the deflated
 * entry into POI's zip stream, then has POI write the part's relationships as it does for every part.
 */
final class StreamedDocument extends XWPFDocument {
    /** What the main part starts with, before the body's first paragraph. */
    static final String HEAD = Markup.DECLARATION + "<w:document xmlns:w=\"" + Markup.W + "\" xmlns:r=\"" + Markup.R
            + "\" xmlns:w14=\"" + Markup.W14 + "\" xmlns:mc=\"" + Markup.MC + "\" mc:Ignorable=\"w14\"><w:body>";

    private DeflatedPart body;

    /** The body's markup, {@link #HEAD} first, being deflated; the section properties and the end follow at the save. */
    void body(DeflatedPart markup) {
        body = markup;
        getPackage().addMarshaller(getPackagePart().getContentType(), this::save);
    }

    /** Drops the package without saving it: what was written went to the caller's stream already. */
    @Override
    public void close() {
        getPackage().revert();
    }

    @Override
    protected void commit() throws IOException {
        if (body == null) {
            throw new IllegalStateException("no body was given to the document");
        }
        StringBuilder tail = new StringBuilder();
        CTSectPr sectPr = getDocument().getBody().getSectPr();
        if (sectPr != null) {
            XmlOptions options = new XmlOptions();
            options.setSaveOuter();
            options.setSaveSyntheticDocumentElement(new QName(Markup.W, "sectPr", "w"));
            options.setSaveNoXmlDecl();
            options.setSaveSuggestedPrefixes(Map.of(Markup.W, "w", Markup.R, "r"));
            tail.append(sectPr.xmlText(options));
        }
        tail.append("</w:body></w:document>");
        body.finish(tail);
    }

    private boolean save(PackagePart part, OutputStream out) throws OpenXML4JException {
        if (part != getPackagePart()) {
            return new ZipPartMarshaller().marshall(part, out);
        }
        ZipArchiveOutputStream zip = (ZipArchiveOutputStream) out;
        ZipArchiveEntry entry = body.entry(ZipHelper.getZipItemNameFromOPCName(part.getPartName().getName()));
        ZipHelper.adjustEntryTime(entry);
        try (InputStream deflated = body.deflated()) {
            zip.addRawArchiveEntry(entry, deflated);
        } catch (IOException e) {
            throw new OpenXML4JException("could not write " + part.getPartName() + ": " + e.getMessage(), e);
        }
        return !part.hasRelationships() || ZipPartMarshaller.marshallRelationshipPart(part.getRelationships(),
                PackagingURIHelper.getRelationshipPartName(part.getPartName()), zip);
    }
}
