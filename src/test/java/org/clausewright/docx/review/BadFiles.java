package org.clausewright.docx.review;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Makes the kinds of bad file a review import must refuse, from a real review written by LibreOffice. */
public final class BadFiles {
    static final String REVIEW = "/org/clausewright/docx/review/sample-review-libreoffice.docx";
    static final String DOCTYPE_DOCUMENT = "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [<!ENTITY x SYSTEM "
            + "\"file:///etc/passwd\">]>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/"
            + "main\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>";

    private static final String COVERING_NOTE = "Please circulate to all members.";

    private BadFiles() {
    }

    public static byte[] review() throws IOException {
        try (InputStream in = BadFiles.class.getResourceAsStream(REVIEW)) {
            return in.readAllBytes();
        }
    }

    public static Path write(Path dir, String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    public static Path notADocx(Path dir) throws IOException {
        return write(dir, "notes.docx", "Just some notes, not a Word file.\n".getBytes(StandardCharsets.UTF_8));
    }

    public static Path truncated(Path dir) throws IOException {
        byte[] review = review();
        return write(dir, "truncated.docx", Arrays.copyOf(review, review.length / 2));
    }

    public static Path oversized(Path dir) throws IOException {
        Path file = dir.resolve("huge.docx");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(ReviewPackage.Limits.DEFAULT.fileBytes() + 1);
        }
        return file;
    }

    public static Path encrypted(Path dir) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(new java.io.ByteArrayInputStream(review()));
                 OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return write(dir, "protected.docx", out.toByteArray());
        }
    }

    public static Path withDoctype(Path dir) throws IOException {
        return write(dir, "doctype.docx", replacing("word/document.xml",
                old -> DOCTYPE_DOCUMENT.getBytes(StandardCharsets.UTF_8)));
    }

    /** A document part of 101 MB of spaces, past the 100 MB a part may expand to, which deflates to 100 KB. */
    public static Path zipBomb(Path dir) throws IOException {
        Path file = dir.resolve("bomb.docx");
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(review()));
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    zip.write(("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                            + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int mb = 0; mb < 101; mb++) {
                        zip.write(spaces);
                    }
                } else {
                    zip.write(in.readAllBytes());
                }
                zip.closeEntry();
            }
        }
        return file;
    }

    /** The LibreOffice review with its first comment (the covering note) made {@code length} characters long. */
    public static byte[] withLongComment(int length) throws Exception {
        StringBuilder text = new StringBuilder(COVERING_NOTE);
        Random random = new Random(7);
        while (text.length() < length) {
            // words of random letters: text that does not compress like a zip bomb
            text.append(' ');
            for (int i = 0, n = 2 + random.nextInt(8); i < n && text.length() < length; i++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
        }
        return BadFiles.replacing("word/comments.xml", xml -> new String(xml, StandardCharsets.UTF_8)
                .replace(COVERING_NOTE, text).getBytes(StandardCharsets.UTF_8));
    }

    /** The review with one part's bytes replaced. */
    public static byte[] replacing(String part, UnaryOperator<byte[]> change) throws IOException {
        return replacing(review(), part, change);
    }

    /** The .docx with one part's bytes replaced. */
    public static byte[] replacing(byte[] docx, String part, UnaryOperator<byte[]> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(docx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(e.getName().equals(part) ? change.apply(content) : content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
