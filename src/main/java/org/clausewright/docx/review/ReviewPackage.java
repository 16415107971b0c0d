package org.clausewright.docx.review;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A reviewed .docx opened for reading, after the checks that come before any XML is parsed: size, kind of
 * file, encryption. POI's zip-bomb limits (ZipSecureFile defaults) stay on; each part we read is also capped.
 */
final class ReviewPackage implements AutoCloseable {
    /**
     * How large a file and each part of it may be. The defaults are far above any real review (a 300-page
     * draft with a thousand comments is a few MB) and far below harm.
     */
    record Limits(long fileBytes, long partBytes) {
        static final Limits DEFAULT = new Limits(50L << 20, 100L << 20);
    }
    private static final String PACKAGE_RELATIONSHIPS = "_rels/.rels";
    private static final String MAIN_DOCUMENT =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

    private final String name;
    private final OPCPackage pkg;
    private final PackagePart main;
    private final Limits limits;

    private ReviewPackage(String name, OPCPackage pkg, PackagePart main, Limits limits) {
        this.name = name;
        this.pkg = pkg;
        this.main = main;
        this.limits = limits;
    }

    static ReviewPackage open(Path file, Limits limits) throws ReviewFileException {
        String name = file.getFileName().toString();
        checkKind(file, name, limits);
        OPCPackage pkg;
        CappedEntries entries = null;
        try {
            entries = CappedEntries.open(file, limits.partBytes());
            entries.checkPackagePart(name, CappedEntries.CONTENT_TYPES, true);
            entries.checkPackagePart(name, PACKAGE_RELATIONSHIPS, true);
            entries.checkPartsReadOnOpening(name);
            pkg = OPCPackage.open(entries);
        } catch (ReviewFileException e) {
            closeQuietly(entries, e);
            throw e;
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            closeQuietly(entries, e);
            throw Refusals.unreadable(name, e);
        }
        try {
            PackageRelationship rel = pkg.getRelationshipsByType(MAIN_DOCUMENT).getRelationship(0);
            if (rel == null) {
                throw new ReviewFileException(name + " is not a Word document: its part " + PACKAGE_RELATIONSHIPS
                        + " names no main document; " + PartSyntax.RESAVE);
            }
            PackagePartName mainName = PackagingURIHelper.createPartName(rel.getTargetURI());
            PackagePart main = pkg.getPart(mainName);
            if (main == null) {
                throw new ReviewFileException(name + " is damaged: its main document " + mainName.getName().substring(1)
                        + ", named in " + PACKAGE_RELATIONSHIPS + ", is missing; " + PartSyntax.RESAVE);
            }
            if (!main.getContentType().contains("wordprocessingml")) {
                throw new ReviewFileException(name + " is not a Word document: its main part "
                        + mainName.getName().substring(1) + " is of the type " + main.getContentType()
                        + " in " + CappedEntries.CONTENT_TYPES + ", not a Word document's (a file of another kind"
                        + " renamed, or a damaged one); " + PartSyntax.RESAVE);
            }

            return new ReviewPackage(name, pkg, main, limits);
        } catch (InvalidFormatException | RuntimeException e) {
            pkg.revert();
            throw Refusals.unreadable(name, e);
        } catch (ReviewFileException e) {
            pkg.revert();
            throw e;
        }
    }

    private static void closeQuietly(CappedEntries entries, Exception failure) {
        if (entries != null) {
            try {
                entries.close();
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }

    private static void checkKind(Path file, String name, Limits limits) throws ReviewFileException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ReviewFileException(name + (Files.isDirectory(file) ? " is a folder, not a Word file: give the"
                        + " reviewed .docx itself" : " does not exist: check the name and the folder"));
            }
            long size = Files.size(file);
            if (size > limits.fileBytes()) {
                throw new ReviewFileException(name + " was refused: it is " + CappedInputStream.size(size)
                        + ", more than the " + CappedInputStream.size(limits.fileBytes()) + " a review may have");
            }
            FileMagic magic;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                magic = FileMagic.valueOf(in);
            }
            if (magic == FileMagic.OLE2) {
                throw oleFile(file, name);
            }
            if (magic != FileMagic.OOXML) {
                throw new ReviewFileException(name + " is not a .docx file (Word document)");
            }
        } catch (IOException e) {
            throw new ReviewFileException(name + " could not be read: " + e.getMessage(), e);
        }
    }

    // Word keeps a password-protected .docx in an OLE2 container; so is an old Word 97–2003 file.
    private static ReviewFileException oleFile(Path file, String name) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                return new ReviewFileException(name + " is password-protected or encrypted: remove the password in"
                        + " Word and import it again");
            }
        } catch (IOException | RuntimeException e) {
            return new ReviewFileException(name + " is not a .docx file and could not be read (" + e.getMessage() + ")", e);
        }
        return new ReviewFileException(name + " is an old Word 97–2003 file: save it as .docx and import that");
    }

    String name() {
        return name;
    }

    PackagePart main() {
        return main;
    }

    /** The part the main document relates to with a relationship type ending in {@code typeSuffix}. */
    Optional<PackagePart> related(String typeSuffix) throws InvalidFormatException {
        for (PackageRelationship rel : main.getRelationships()) {
            if (rel.getRelationshipType().endsWith(typeSuffix) && !rel.getTargetMode().name().equals("EXTERNAL")) {
                return Optional.ofNullable(main.getRelatedPart(rel));
            }
        }
        return Optional.empty();
    }

    /** docProps/custom.xml, where the export names the project and version. */
    Optional<PackagePart> customProperties() throws InvalidFormatException {
        var rels = pkg.getRelationshipsByType(
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties");
        PackageRelationship rel = rels.getRelationship(0);
        if (rel == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(pkg.getPart(PackagingURIHelper.createPartName(rel.getTargetURI())));
    }

    /** The part's bytes as a stream that fails once more than the part limit has been read. */
    InputStream read(PackagePart part) throws IOException {
        return new CappedInputStream(part.getInputStream(), limits.partBytes(), part.getPartName().getName());
    }

    @Override
    public void close() {
        pkg.revert();
    }
}
