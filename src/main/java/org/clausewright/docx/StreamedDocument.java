package org.clausewright.docx;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.opc.internal.ZipHelper;
import org.apache.poi.openxml4j.opc.internal.marshallers.ZipPartMarshaller;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import javax.xml.namespace.QName;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
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
 * <p>The body, the footnotes and the comments reach the file already deflated ({@link DeflatedPart}): POI saves each
 * part through the marshaller its package has for the part's content type, and the one given here for those parts
 * copies the deflated entry into POI's zip stream, then has POI write the part's relationships as it does for every
 * part; any other part of those content types is POI's to save.
 */
final class StreamedDocument extends XWPFDocument {
    /** What the main part starts with, before the body's first paragraph. */
    static final String HEAD = Markup.DECLARATION + "<w:document xmlns:w=\"" + Markup.W + "\" xmlns:r=\"" + Markup.R
            + "\" xmlns:w14=\"" + Markup.W14 + "\" xmlns:mc=\"" + Markup.MC + "\" mc:Ignorable=\"w14\"><w:body>";

    private DeflatedPart body;
    /** The parts written as markup and deflated beside the writing, by part name. */
    private final Map<String, DeflatedPart> streamed = new HashMap<>();

    /** The body's markup, {@link #HEAD} first, being deflated; the section properties and the end follow at the save. */
    void body(DeflatedPart markup) {
        body = markup;
        streamed(getPackagePart(), markup);
    }

    /**
     * Adds a part of the main part's, such as the footnotes, whose markup is {@code markup}, already finished; its
     * relationship from the main part is added now, after those added before it.
     */
    void part(String partName, String contentType, String relation, DeflatedPart markup) throws IOException {
        try {
            PackagePartName name = PackagingURIHelper.createPartName(partName);
            PackagePart part = getPackage().createPart(name, contentType);
            getPackagePart().addRelationship(name, TargetMode.INTERNAL, relation);
            streamed(part, markup);
        } catch (InvalidFormatException e) {
            throw new IOException("could not add " + partName + " to the document: " + e.getMessage(), e);
        }
    }

    private void streamed(PackagePart part, DeflatedPart markup) {
        streamed.put(part.getPartName().getName(), markup);
        getPackage().addMarshaller(part.getContentType(), this::save);
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
        DeflatedPart markup = streamed.get(part.getPartName().getName());
        if (markup == null) {
            return new ZipPartMarshaller().marshall(part, out);
        }
        ZipArchiveOutputStream zip = (ZipArchiveOutputStream) out;
        ZipArchiveEntry entry = markup.entry(ZipHelper.getZipItemNameFromOPCName(part.getPartName().getName()));
        ZipHelper.adjustEntryTime(entry);
        try (InputStream deflated = markup.deflated()) {
            zip.addRawArchiveEntry(entry, deflated);
        } catch (IOException e) {
            throw new OpenXML4JException("could not write " + part.getPartName() + ": " + e.getMessage(), e);
        }
        return !part.hasRelationships() || ZipPartMarshaller.marshallRelationshipPart(part.getRelationships(),
                PackagingURIHelper.getRelationshipPartName(part.getPartName()), zip);
    }
}
