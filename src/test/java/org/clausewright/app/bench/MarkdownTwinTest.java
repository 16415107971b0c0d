package org.clausewright.app.bench;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.clausewright.docx.Baseline;
import org.clausewright.docx.ChangeAuthor;
import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseRef;
import org.clausewright.model.Member;
import org.clausewright.model.Outline;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.model.ProjectInfo;
import org.clausewright.model.TextAnchor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The bench times pandoc on the export's content: pandoc must be asked for the export's tracked changes and comments
 * too, or the ratio compares our export with a smaller document.
 */
class MarkdownTwinTest {
    private static final Instant T0 = Instant.parse("2026-02-01T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-03-01T09:00:00Z");
    private static final String BEFORE = "Scientists shall report any misuse to the committee.\nThey keep records.";
    private static final String NOW = "Scientists must report any suspected misuse to the committee.\nThey keep records.";

    @TempDir
    Path dir;

    @Test
    void pandocWritesTheTwinsChangesAsWordTrackedChangesAndItsThreadsAsComments() throws Exception {
        Baseline baseline = new Baseline(project(BEFORE, false), "Version 1",
                Map.of("c-1", new ChangeAuthor("Amina Diallo", T1)), null, new ChangeAuthor("Someone Else", T1));
        MarkdownTwin.Twin twin = MarkdownTwin.of(project(NOW, true), baseline);

        // "shall" → "must", "suspected" added; the threads are on "report any" and "any suspected misuse" (offsets in
        // the text as it is now)
        assertThat(twin.insertions()).isEqualTo(2);
        assertThat(twin.deletions()).isEqualTo(1);
        assertThat(twin.comments()).isEqualTo(3);

        String document = documentXml(pandoc(twin.markdown()));
        assertThat(count(document, "<w:ins ")).isEqualTo(2);
        assertThat(count(document, "<w:del ")).isEqualTo(1);
        assertThat(document).contains("w:author=\"Amina Diallo\"").doesNotContain("Someone Else");
        assertThat(deletedText(document)).isEqualTo("shall");
        // each comment's range is marked where its words are: the first starts before "report", the second ends
        // after "misuse"
        assertThat(count(document, "<w:commentRangeStart ")).isEqualTo(3);
        assertThat(count(document, "<w:commentRangeEnd ")).isEqualTo(3);
        assertThat(document.indexOf("<w:commentRangeStart ")).isLessThan(document.indexOf(">Reporting<"));
        assertThat(document.indexOf("<w:commentRangeStart ", document.indexOf(">Reporting<")))
                .isLessThan(document.indexOf(">report"));
        try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(dir.resolve("twin.docx")))) {
            assertThat(docx.getComments()).extracting(c -> c.getText())
                    .containsExactlyInAnyOrder("Say to whom.", "Define misuse.", "Where did this go?");
            assertThat(docx.getComments()[0].getAuthor()).isEqualTo("Kenji Sato");
            // the second paragraph of the clause is its own paragraph, unchanged
            assertThat(docx.getParagraphs()).anyMatch(p -> p.getText().equals("They keep records."));
        }
    }

    @Test
    void withoutABaselineTheTwinHasNoChanges() throws Exception {
        MarkdownTwin.Twin twin = MarkdownTwin.of(project(NOW, true));
        assertThat(twin.insertions()).isZero();
        assertThat(twin.deletions()).isZero();
        String document = documentXml(pandoc(twin.markdown()));
        assertThat(count(document, "<w:ins ")).isZero();
        assertThat(count(document, "<w:del ")).isZero();
    }

    private static Project project(String text, boolean thread) {
        ProjectInfo info = new ProjectInfo("p", "Model Code", "Committee", List.of(new Member("Kenji Sato", "KS", "",
                "")), List.of(), List.of());
        Clause clause = Clause.of("c-1", "Reporting", text);
        Outline outline = new Outline(List.of(new Part("part", "Duties", List.of(new ClauseRef("c-1")))));
        int start = text.indexOf("report");
        int misuse = text.indexOf("any");
        // two threads whose words overlap, as Word's comments may
        List<AnnotationThread> threads = thread ? List.of(AnnotationThread.open("t-1",
                TextAnchor.of(text, start, start + "report any".length()), AnnotationKind.COMMENT, "Kenji Sato", T0,
                "Say to whom."), AnnotationThread.open("t-2", TextAnchor.of(text, misuse, text.indexOf(" to the")),
                AnnotationKind.COMMENT, "Kenji Sato", T0, "Define misuse."),
                // words no longer in the text: the export puts such a thread on the clause's heading
                AnnotationThread.open("t-3", TextAnchor.of("Words that went away long ago.", 0, 10),
                        AnnotationKind.COMMENT, "Kenji Sato", T0, "Where did this go?")) : List.of();
        return new Project(info, outline, Map.of("c-1", clause), Map.of("c-1", threads));
    }

    private Path pandoc(String markdown) throws Exception {
        Path md = dir.resolve("twin.md");
        Path docx = dir.resolve("twin.docx");
        Files.writeString(md, markdown, StandardCharsets.UTF_8);
        Process p;
        try {
            p = new ProcessBuilder("pandoc", md.toString(), "-o", docx.toString()).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            fail("pandoc is not installed, and the bench's comparison is pandoc's: install it (Debian and Ubuntu: "
                    + "apt-get install pandoc); .ci/run installs it on CI");
            throw e;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            fail("pandoc could not write the twin: " + out);
        }
        return docx;
    }

    private static String documentXml(Path docx) throws Exception {
        try (var zip = new java.util.zip.ZipFile(docx.toFile())) {
            try (InputStream in = zip.getInputStream(zip.getEntry("word/document.xml"))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            n++;
        }
        return n;
    }

    private static String deletedText(String document) {
        Matcher m = Pattern.compile("<w:delText[^>]*>([^<]*)</w:delText>").matcher(document);
        StringBuilder all = new StringBuilder();
        while (m.find()) {
            all.append(m.group(1));
        }
        return all.toString().strip();
    }
}
