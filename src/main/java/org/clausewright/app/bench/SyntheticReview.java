package org.clausewright.app.bench;

import org.clausewright.model.Clause;
import org.clausewright.model.Project;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A reviewed copy of the synthetic project as another program would write it: headings and paragraphs with
 * no clause bookmarks (so every paragraph is placed by its text), one comment on each of the first
 * {@code comments} clauses and a tracked replacement in each of the first {@code changes}.
 */
final class SyntheticReview {
    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private SyntheticReview() {
    }

    static void write(Project project, int comments, int changes, Path file) throws IOException {
        StringBuilder body = new StringBuilder(8 << 20);
        StringBuilder notes = new StringBuilder(1 << 20);
        int n = 0;
        for (String id : project.outline().clauseIds()) {
            Clause clause = project.clause(id).orElseThrow();
            body.append("<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr>").append(run(clause.heading())).append("</w:p>");
            String[] paragraphs = clause.text().split("\n");
            for (int p = 0; p < paragraphs.length; p++) {
                String[] words = paragraphs[p].split(" ");
                body.append("<w:p>");
                for (int w = 0; w < words.length; w++) {
                    String word = (w == 0 ? "" : " ") + words[w];
                    if (p == 0 && w == 2 && n < comments) {
                        body.append("<w:commentRangeStart w:id=\"").append(n).append("\"/>").append(run(word))
                                .append("<w:commentRangeEnd w:id=\"").append(n).append("\"/>")
                                .append("<w:r><w:commentReference w:id=\"").append(n).append("\"/></w:r>");
                        notes.append("<w:comment w:id=\"").append(n).append("\" w:author=\"Reviewer ").append(n % 7)
                                .append("\" w:date=\"2026-06-01T10:00:00Z\"><w:p>").append(run("Comment " + n + " on this."))
                                .append("</w:p></w:comment>");
                    } else if (p == 0 && w == 8 && n < changes) {
                        body.append(run(" ")).append("<w:del w:id=\"").append(100000 + n)
                                .append("\" w:author=\"Reviewer\" w:date=\"2026-06-01T10:00:00Z\"><w:r><w:delText>")
                                .append(words[w]).append("</w:delText></w:r></w:del><w:ins w:id=\"").append(200000 + n)
                                .append("\" w:author=\"Reviewer\" w:date=\"2026-06-01T10:00:00Z\">").append(run("revised"))
                                .append("</w:ins>");
                    } else {
                        body.append(run(word));
                    }
                }
                body.append("</w:p>");
            }
            n++;
        }
        zip(file, body, notes);
    }

    private static void zip(Path file, CharSequence body, CharSequence notes) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Override PartName=\"/word/comments.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            entry(zip, "word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"comments.xml\"/></Relationships>");
            entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + W + "><w:body>",
                    body, "</w:body></w:document>");
            entry(zip, "word/comments.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:comments " + W + ">", notes,
                    "</w:comments>");
        }
    }

    /**
     * One clause's heading and first paragraph with {@code comments} comments, each on one of its words (in
     * turn) and each with its own text: the case that was quadratic in the comments on one paragraph.
     */
    static void commentsOnOneParagraph(Project project, int comments, Path file) throws IOException {
        Clause clause = project.clause(project.outline().clauseIds().get(0)).orElseThrow();
        String[] words = clause.paragraphs().get(0).split(" ");
        StringBuilder body = new StringBuilder(comments * 120);
        StringBuilder notes = new StringBuilder(comments * 160);
        body.append("<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr>").append(run(clause.heading())).append("</w:p><w:p>");
        int perWord = (comments + words.length - 1) / words.length;
        int n = 0;
        for (int w = 0; w < words.length; w++) {
            int first = n;
            for (int k = 0; k < perWord && n < comments; k++, n++) {
                body.append("<w:commentRangeStart w:id=\"").append(n).append("\"/>");
                notes.append("<w:comment w:id=\"").append(n).append("\" w:author=\"Reviewer ").append(n % 7)
                        .append("\" w:date=\"2026-06-01T10:00:00Z\"><w:p>").append(run("Remark " + n))
                        .append("</w:p></w:comment>");
            }
            body.append(run((w == 0 ? "" : " ") + words[w]));
            for (int id = first; id < n; id++) {
                body.append("<w:commentRangeEnd w:id=\"").append(id).append("\"/><w:r><w:commentReference w:id=\"")
                        .append(id).append("\"/></w:r>");
            }
        }
        body.append("</w:p>");
        zip(file, body, notes);
    }

    /**
     * A review whose document and comments parts are about {@code xmlBytes} each: every clause of the draft
     * with a comment and a tracked change, then paragraphs of words no clause has (kept unplaced, each with a
     * comment) until the parts reach their size. Random letters, so the file is as large as it is compressed.
     */
    static void largeParts(Project project, long xmlBytes, Path file) throws IOException {
        java.util.Random random = new java.util.Random(20261202L);
        StringBuilder body = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16, xmlBytes + (1 << 20)));
        StringBuilder notes = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16, xmlBytes + (1 << 20)));
        int n = 0;
        for (String id : project.outline().clauseIds()) {
            Clause clause = project.clause(id).orElseThrow();
            body.append("<w:p>").append(run(clause.heading())).append("</w:p>");
            for (String paragraph : clause.paragraphs()) {
                int cut = paragraph.indexOf(' ') + 1;
                body.append("<w:p><w:commentRangeStart w:id=\"").append(n).append("\"/>").append(run(paragraph.substring(0, cut)))
                        .append("<w:commentRangeEnd w:id=\"").append(n).append("\"/>")
                        .append("<w:ins w:id=\"").append(900000000 + n).append("\" w:author=\"Reviewer\" w:date=\"2026-06-01T10:00:00Z\">")
                        .append(run("very ")).append("</w:ins>").append(run(paragraph.substring(cut))).append("</w:p>");
                notes.append("<w:comment w:id=\"").append(n).append("\" w:author=\"Reviewer\" w:date=\"2026-06-01T10:00:00Z\"><w:p>")
                        .append(run("Remark " + n + " " + randomWords(random, 40))).append("</w:p></w:comment>");
                n++;
            }
        }
        while (body.length() < xmlBytes || notes.length() < xmlBytes) {
            String words = randomWords(random, 400);
            body.append("<w:p><w:commentRangeStart w:id=\"").append(n).append("\"/>").append(run(words))
                    .append("<w:commentRangeEnd w:id=\"").append(n).append("\"/></w:p>");
            notes.append("<w:comment w:id=\"").append(n).append("\" w:author=\"Reviewer\" w:date=\"2026-06-01T10:00:00Z\"><w:p>")
                    .append(run(words)).append("</w:p></w:comment>");
            n++;
        }
        zip(file, body, notes);
    }

    /** Words drawn from a vocabulary of made-up ones: text that compresses like prose, about 3:1. */
    private static String randomWords(java.util.Random random, int count) {
        StringBuilder sb = new StringBuilder(count * 7);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            long word = random.nextInt(VOCABULARY) * 0x9E3779B97F4A7C15L;
            for (int k = 0, n = 2 + (int) ((word >>> 60) & 7); k < n; k++) {
                sb.append((char) ('a' + (int) ((word >>> (5 * k)) & 0x1F) % 26));
            }
        }
        return sb.toString();
    }

    private static final int VOCABULARY = 300;

    private static String run(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<w:r><w:t xml:space=\"preserve\">" + escaped + "</w:t></w:r>";
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void entry(ZipOutputStream zip, String name, String head, CharSequence content, String tail)
            throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        var writer = new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8);
        writer.write(head);
        writer.append(content);
        writer.write(tail);
        writer.flush();
        zip.closeEntry();
    }
}
