package org.clausewright.store;

import org.clausewright.model.Clause;
import org.clausewright.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Emoji and CJK Extension B are written as UTF-8, so that a line nobody touched stays the same on every save. */
class CharactersBeyondTheBmpTest {
    /** U+1F642 (slightly smiling face) and U+20000 (CJK Extension B), in a heading, a paragraph, a tag. */
    private static final String SMILE = "\uD83D\uDE42";
    private static final String EXT_B = "\uD840\uDC00";

    @TempDir
    Path dir;

    @Test
    void writtenAsUtf8NotAsEscapes() {
        Clause clause = Clause.of("c-smile", "Heading " + SMILE, "Text " + EXT_B + " and " + SMILE + ".")
                .withTags(java.util.List.of("tag" + EXT_B));
        String written = new String(ClauseCodec.encode(clause), StandardCharsets.UTF_8);
        assertThat(written).contains("\"heading\": \"Heading " + SMILE + "\"")
                .contains("\"Text " + EXT_B + " and " + SMILE + ".\"")
                .doesNotContain("\\uD83D").doesNotContain("\\uD840");
    }

    @Test
    void aProjectWithEmojiAndExtensionBComesBackByteForByte() throws Exception {
        Project project = TestProjects.small();
        Clause duty = project.clause("duty-of-care").orElseThrow();
        project = project.withClause(duty.withHeading("Duty of care " + SMILE).withRationale("Core " + EXT_B))
                .withInfo(project.info().withTitle("Model Code " + EXT_B + SMILE));
        new ProjectWriter(new ProjectFolder(dir)).writeAll(project);
        // as another program writes them: plain UTF-8
        Path clause = dir.resolve("clauses/duty-of-care.json");
        byte[] before = Files.readAllBytes(clause);
        byte[] info = Files.readAllBytes(dir.resolve("project.json"));
        assertThat(new String(before, StandardCharsets.UTF_8)).contains(SMILE).contains(EXT_B);

        Project read = ProjectReader.read(new ProjectFolder(dir)).orThrow();
        assertThat(read.clause("duty-of-care").orElseThrow().heading()).isEqualTo("Duty of care " + SMILE);
        new ProjectWriter(new ProjectFolder(dir)).writeAll(read);

        assertThat(Files.readAllBytes(clause)).isEqualTo(before);
        assertThat(Files.readAllBytes(dir.resolve("project.json"))).isEqualTo(info);
    }

    @Test
    void aHandWrittenFileWithEmojiIsNotRewritten() throws Exception {
        new ProjectWriter(new ProjectFolder(dir)).writeAll(TestProjects.small());
        Path clause = dir.resolve("clauses/report-concerns.json");
        String text = Files.readString(clause).replace("Report concerns to the institution.",
                "Report concerns " + SMILE + " to the institution " + EXT_B + ".");
        Files.writeString(clause, text);
        Project read = ProjectReader.read(new ProjectFolder(dir)).orThrow();
        Project edited = read.withClause(read.clause("alt-duty").orElseThrow().withHeading("Another heading"))
                .withClause(read.clause("report-concerns").orElseThrow().withRationale("Why"));
        new ProjectWriter(new ProjectFolder(dir)).save(read, edited);
        // the text line is as it was; only the rationale line changed
        assertThat(Files.readString(clause)).contains("\"Report concerns " + SMILE + " to the institution " + EXT_B
                + ".\"").contains("\"rationale\": \"Why\"");
    }
}
