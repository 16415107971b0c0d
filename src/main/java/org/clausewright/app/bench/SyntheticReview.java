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
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Override PartName=\"/word/comments.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            entry(zip, "word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"comments.xml\"/></Relationships>");
            entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + W + "><w:body>" + body
                    + "</w:body></w:document>");
            entry(zip, "word/comments.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:comments " + W + ">" + notes
                    + "</w:comments>");
        }
    }

    private static String run(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<w:r><w:t xml:space=\"preserve\">" + escaped + "</w:t></w:r>";
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
