package org.clausewright.docx.review;

import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * A reviewed Word file written with POI as Word writes one: clause bookmarks, comment ranges and marks, and
 * tracked insertions and deletions, in the order they have in the paragraph.
 */
final class ReviewDocx {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String DATE = "2026-05-02T09:00:00Z";

    private final XWPFDocument doc = new XWPFDocument();
    private final XWPFComments comments = doc.createComments();
    private int marks = 100;

    /** Plain words of a paragraph. */
    record Text(String text) {
    }

    /** Words the reviewer inserted with track changes on. */
    record Ins(String text) {
    }

    /** Words the reviewer deleted with track changes on. */
    record Del(String text) {
    }

    /** Where the range of comment {@code id} starts. */
    record From(int id) {
    }

    /** Where the range of comment {@code id} ends (and its mark is). */
    record To(int id) {
    }

    static Ins ins(String text) {
        return new Ins(text);
    }

    static Del del(String text) {
        return new Del(text);
    }

    static From from(int id) {
        return new From(id);
    }

    static To to(int id) {
        return new To(id);
    }

    /**
     * A paragraph of segments (strings, {@link Ins}, {@link Del}, {@link From}, {@link To}), inside the clause
     * bookmark of {@code clauseId} when it is not null.
     */
    ReviewDocx paragraph(String clauseId, Object... segments) throws Exception {
        StringBuilder xml = new StringBuilder("<w:p xmlns:w=\"" + W + "\">");
        int bookmark = marks++;
        if (clauseId != null) {
            xml.append("<w:bookmarkStart w:id=\"").append(bookmark).append("\" w:name=\"_cw_")
                    .append(clauseId.replace('-', '_')).append("\"/>");
        }
        for (Object s : segments) {
            if (s instanceof String text) {
                xml.append(run("t", text));
            } else if (s instanceof Ins i) {
                xml.append("<w:ins w:id=\"").append(marks++).append("\" w:author=\"Li Wei\" w:date=\"").append(DATE)
                        .append("\">").append(run("t", i.text())).append("</w:ins>");
            } else if (s instanceof Del d) {
                xml.append("<w:del w:id=\"").append(marks++).append("\" w:author=\"Li Wei\" w:date=\"").append(DATE)
                        .append("\">").append(run("delText", d.text())).append("</w:del>");
            } else if (s instanceof From f) {
                xml.append("<w:commentRangeStart w:id=\"").append(f.id()).append("\"/>");
            } else if (s instanceof To t) {
                xml.append("<w:commentRangeEnd w:id=\"").append(t.id()).append("\"/><w:r><w:commentReference w:id=\"")
                        .append(t.id()).append("\"/></w:r>");
            }
        }
        if (clauseId != null) {
            xml.append("<w:bookmarkEnd w:id=\"").append(bookmark).append("\"/>");
        }
        xml.append("</w:p>");
        doc.getDocument().getBody().addNewP().set(CTP.Factory.parse(xml.toString()));
        return this;
    }

    ReviewDocx comment(int id, String author, String text) {
        XWPFComment c = comments.createComment(BigInteger.valueOf(id));
        c.setAuthor(author);
        c.setInitials(author.substring(0, 1));
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.setTimeInMillis(java.time.Instant.parse(DATE).toEpochMilli());
        c.setDate(date);
        c.createParagraph().createRun().setText(text);
        return this;
    }

    /** A custom document property, as the export writes them (the project, version and language it came from). */
    ReviewDocx property(String name, String value) {
        doc.getProperties().getCustomProperties().addProperty(name, value);
        return this;
    }

    Path write(Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
        doc.close();
        return file;
    }

    private static String run(String element, String text) {
        return "<w:r><w:" + element + " xml:space=\"preserve\">" + text.replace("&", "&amp;").replace("<", "&lt;")
                + "</w:" + element + "></w:r>";
    }
}
