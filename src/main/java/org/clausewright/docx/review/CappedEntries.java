package org.clausewright.docx.review;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;

/**
 * The zip entries of a reviewed file for POI, each capped at what it may expand to. This replaces POI's own
 * zip-bomb test, a ratio of packed to unpacked size, which calls a long comment or any repetitive text "a zip
 * bomb"; a cap on what is unpacked is the protection that matters, and names the real limit. The package
 * parts POI itself parses into a tree (content types, relationships) get a small cap.
 */
final class CappedEntries implements ZipEntrySource {
    /** A real [Content_Types].xml or .rels part is a few KB; POI reads them whole into a tree. */
    static final long PACKAGE_PART_BYTES = 4L << 20;

    static final String CONTENT_TYPES = "[Content_Types].xml";

    private final ZipEntrySource zip;
    private final long partBytes;

    private CappedEntries(ZipEntrySource zip, long partBytes) {
        this.zip = zip;
        this.partBytes = partBytes;
    }

    static CappedEntries open(Path file, long partBytes) throws IOException {
        return new CappedEntries(new ZipFileZipEntrySource(ZipFile.builder().setPath(file).get()), partBytes);
    }

    @Override
    public Enumeration<? extends ZipArchiveEntry> getEntries() {
        return zip.getEntries();
    }

    @Override
    public ZipArchiveEntry getEntry(String path) {
        return zip.getEntry(path);
    }

    @Override
    public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
        String name = entry.getName();
        boolean packagePart = name.endsWith(".rels") || name.equalsIgnoreCase(CONTENT_TYPES);
        return new CappedInputStream(zip.getInputStream(entry), packagePart ? PACKAGE_PART_BYTES : partBytes,
                "/" + name);
    }

    /**
     * Refuses the file when the package part {@code name} (a zip entry name) is missing though required, or
     * is not well-formed XML. POI reads these parts itself and, when one is damaged, carries on as if it were
     * empty: the file would then seem to have no main document or no comments.
     */
    void checkPackagePart(String file, String name, boolean required) throws ReviewFileException, IOException {
        ZipArchiveEntry entry = zip.getEntry(name);
        if (entry == null) {
            if (required) {
                throw new ReviewFileException(file + " is damaged: it has no part " + name + ", which every Word"
                        + " document has; " + PartSyntax.RESAVE);
            }
            return;
        }
        try (InputStream in = getInputStream(entry)) {
            XMLStreamReader r = SafeXml.open(in);
            try {
                while (r.hasNext()) {
                    SafeXml.next(r);
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw PartSyntax.refusal(file, name, e);
        }
    }

    /**
     * {@link #checkPackagePart} for every part POI parses when it opens the file (relationships, document
     * properties), and a check of every entry's name: POI leaves out, with no more than a log line, an entry
     * whose name no part can have, or a properties part it cannot parse. A name or part damaged that way
     * means a damaged file, which is refused.
     */
    void checkPartsReadOnOpening(String file) throws ReviewFileException, IOException {
        Enumeration<? extends ZipArchiveEntry> all = zip.getEntries();
        while (all.hasMoreElements()) {
            ZipArchiveEntry entry = all.nextElement();
            String name = entry.getName();
            if (entry.isDirectory() || name.equalsIgnoreCase(CONTENT_TYPES)) {
                continue;
            }
            try {
                PackagingURIHelper.createPartName("/" + name);
            } catch (InvalidFormatException | IllegalArgumentException e) {
                throw new ReviewFileException(file + " is damaged: it holds an entry named \u201c"
                        + TextLimitCheck.firstWords(name) + "\u201d, which no part of a Word document can be called; "
                        + PartSyntax.RESAVE, e);
            }
            if (name.endsWith(".rels") || name.startsWith("docProps/") && name.endsWith(".xml")) {
                checkPackagePart(file, name, false);
            }
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    @Override
    public boolean isClosed() {
        return zip.isClosed();
    }
}
