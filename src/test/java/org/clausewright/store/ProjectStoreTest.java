package org.clausewright.store;

import org.clausewright.model.Clause;
import org.clausewright.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectStoreTest {
    @TempDir
    Path dir;

    private ReadResult writeAndRead(Project project) throws Exception {
        new ProjectWriter(new ProjectFolder(dir)).writeAll(project);
        return ProjectReader.read(new ProjectFolder(dir));
    }

    @Test
    void aProjectReadsBackAsItWasWritten() throws Exception {
        Project project = TestProjects.small();
        ReadResult result = writeAndRead(project);
        assertThat(result.problems()).isEmpty();
        Project read = result.project();
        assertThat(read.info()).isEqualTo(project.info());
        assertThat(read.outline()).isEqualTo(project.outline());
        assertThat(read.clauses()).isEqualTo(project.clauses());
        assertThat(read.threads()).isEqualTo(project.threads());
        assertThat(read.outline().numbering().label("report-concerns")).isEqualTo("1.2.1");
        assertThat(read.library()).extracting(Clause::id).containsExactly("alt-duty");
    }

    @Test
    void filesArePrettyStableAndEndWithANewline() throws Exception {
        writeAndRead(TestProjects.small());
        String clause = Files.readString(dir.resolve("clauses/duty-of-care.json"));
        assertThat(clause).startsWith("{\n  \"schemaVersion\": 2,\n  \"id\": \"duty-of-care\",\n")
                .contains("  \"text\": [\n    \"Scientists [shall][should] avoid harm.\",\n    \"(a) at design;\",\n")
                .contains("\"alternativeOf\": \"\"")
                .endsWith("}\n");
        byte[] first = Files.readAllBytes(dir.resolve("annotations/duty-of-care.json"));
        writeAndRead(ProjectReader.read(new ProjectFolder(dir)).project());
        assertThat(Files.readAllBytes(dir.resolve("annotations/duty-of-care.json"))).isEqualTo(first);
        assertThat(Files.readString(dir.resolve("clauses/report-concerns.json"))).contains("\"tags\": [],");
    }

    @Test
    void saveWritesOnlyWhatChanged() throws Exception {
        Project before = TestProjects.small();
        new ProjectWriter(new ProjectFolder(dir)).writeAll(before);
        Project after = before.withClause(before.clause("report-concerns").orElseThrow().withText("Report at once."));
        int written = new ProjectWriter(new ProjectFolder(dir)).save(before, after);
        assertThat(written).isEqualTo(1);
        assertThat(ProjectReader.read(new ProjectFolder(dir)).project().clause("report-concerns").orElseThrow().text())
                .isEqualTo("Report at once.");
    }

    @Test
    void aSaveThatStopsHalfWayNeverLeavesTheOutlineNamingAMissingClause() throws Exception {
        Project before = TestProjects.small();
        new ProjectWriter(new ProjectFolder(dir)).writeAll(before);
        Clause added = Clause.of("new-clause", "New", "Text.");
        Project after = before.withClause(added).withOutline(new org.clausewright.model.Outline(List.of(
                new org.clausewright.model.Part("ethics", "Ethical standards", List.of(
                        new org.clausewright.model.ClauseRef("new-clause"),
                        new org.clausewright.model.ClauseRef("duty-of-care"))))));
        // the disk fills up when the new clause's file is written
        ProjectFolder failing = new ProjectFolder(dir) {
            @Override
            public void write(String path, byte[] content) throws java.io.IOException {
                if (path.equals(ProjectPaths.clause("new-clause"))) {
                    throw new java.io.IOException("No space left on device");
                }
                super.write(path, content);
            }
        };
        assertThatThrownBy(() -> new ProjectWriter(failing).save(before, after)).hasMessageContaining("No space");
        ReadResult read = ProjectReader.read(new ProjectFolder(dir));
        assertThat(read.problems()).isEmpty();
        assertThat(read.project().outline()).isEqualTo(before.outline());
    }

    @Test
    void removingAClauseDeletesItsFiles() throws Exception {
        Project before = TestProjects.small();
        new ProjectWriter(new ProjectFolder(dir)).writeAll(before);
        new ProjectWriter(new ProjectFolder(dir)).save(before, before.withoutClause("alt-duty"));
        assertThat(dir.resolve("clauses/alt-duty.json")).doesNotExist();
        assertThat(dir.resolve("clauses/duty-of-care.json")).exists();
    }

    @Test
    void aTruncatedClauseFileIsReportedWithItsPathAndLine() throws Exception {
        writeAndRead(TestProjects.small());
        Path file = dir.resolve("clauses/report-concerns.json");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ReadResult result = ProjectReader.read(new ProjectFolder(dir));
        assertThat(result.problems()).hasSize(1);
        Problem problem = result.problems().get(0);
        assertThat(problem.path()).isEqualTo("clauses/report-concerns.json");
        assertThat(problem.line()).isPositive();
        assertThat(problem.toString()).startsWith("clauses/report-concerns.json:").contains("cut short");
    }

    @Test
    void contentAfterTheObjectIsReportedWhereItStarts() throws Exception {
        writeAndRead(TestProjects.small());
        Path file = dir.resolve("clauses/report-concerns.json");
        String written = Files.readString(file);
        long lines = written.lines().count();
        String expected = "clauses/report-concerns.json:" + (lines + 1) + ":1: there is more after the end of the "
                + "JSON object — perhaps a merge left a second copy; keep one object";
        // a stray brace, a second copy of the object (what a botched merge leaves), a conflict marker
        for (String extra : List.of("}\n", written, ">>>>>>> theirs\n")) {
            Files.writeString(file, written + extra);
            ReadResult result = ProjectReader.read(new ProjectFolder(dir));
            assertThat(result.problems()).as(extra).extracting(Problem::toString).containsExactly(expected);
            assertThat(result.isValid()).isFalse();
        }
        Files.writeString(file, written + "\n  \n\t\n");
        assertThat(ProjectReader.read(new ProjectFolder(dir)).problems()).as("white space after it").isEmpty();
    }

    @Test
    void anUnsafeIdIsReportedAndNeverBecomesAPath() throws Exception {
        writeAndRead(TestProjects.small());
        String text = Files.readString(dir.resolve("clauses/report-concerns.json"))
                .replace("\"id\": \"report-concerns\"", "\"id\": \"../../evil\"");
        Files.writeString(dir.resolve("clauses/report-concerns.json"), text);
        ReadResult result = ProjectReader.read(new ProjectFolder(dir));
        assertThat(result.problems()).extracting(Problem::toString)
                .anyMatch(p -> p.startsWith("clauses/report-concerns.json:3:3: clause id \"../../evil\" is not allowed"));
        assertThatThrownBy(() -> ProjectPaths.clause("../../evil")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyMistakeInAFileIsReportedAtItsLine() throws Exception {
        writeAndRead(TestProjects.small());
        Path file = dir.resolve("clauses/duty-of-care.json");
        String text = Files.readString(file).replace("\"to\": \"under-discussion\"", "\"to\": \"maybe\"")
                .replace("\"heading\": \"Duty of care\"", "\"heading\": 7, \"colour\": \"red\"");
        Files.writeString(file, text);
        ReadResult read = ProjectReader.read(new ProjectFolder(dir));
        List<String> problems = read.problems().stream().map(Problem::toString).toList();
        assertThat(problems).containsExactly("clauses/duty-of-care.json:4:3: `heading` must be a string, not a number");
        // what a newer version may have written is kept and reported, not refused
        List<String> warnings = read.warnings().stream().map(Problem::toString).toList();
        assertThat(warnings).contains("clauses/duty-of-care.json:4:17: unknown key `colour` (kept as is; written by a "
                + "newer Clausewright?)");
        assertThat(warnings).anyMatch(p -> p.matches("clauses/duty-of-care.json:\\d+:\\d+: `to` \"maybe\" is not a "
                + "value this version knows .*"));
    }

    @Test
    void crossFileMistakesNameTheFileThatRefersToTheMissingThing() throws Exception {
        writeAndRead(TestProjects.small());
        Files.delete(dir.resolve("clauses/report-concerns.json"));
        Files.move(dir.resolve("clauses/duty-of-care.json"), dir.resolve("clauses/gone.json"));
        List<String> problems = ProjectReader.read(new ProjectFolder(dir)).problems().stream()
                .map(Problem::toString).toList();
        assertThat(problems).anyMatch(p -> p.startsWith("outline.json:") && p.contains("\"report-concerns\" is in the outline but has no file"));
        assertThat(problems).anyMatch(p -> p.startsWith("clauses/gone.json:") && p.contains("does not match the file name"));
    }

    @Test
    void annotationsOnAMissingClauseAreReported() throws Exception {
        writeAndRead(TestProjects.small());
        Files.copy(dir.resolve("annotations/duty-of-care.json"), dir.resolve("annotations/nobody.json"));
        String text = Files.readString(dir.resolve("annotations/nobody.json")).replace("\"clause\": \"duty-of-care\"", "\"clause\": \"nobody\"");
        Files.writeString(dir.resolve("annotations/nobody.json"), text);
        List<String> problems = ProjectReader.read(new ProjectFolder(dir)).problems().stream()
                .map(Problem::toString).toList();
        assertThat(problems).anyMatch(p -> p.startsWith("annotations/nobody.json:3:") && p.contains("which has no file"));
        assertThat(problems).anyMatch(p -> p.contains("thread id \"t-00000001\" is used twice"));
    }

    @Test
    void aNewerSchemaIsRefusedWithAnUpgradeHint() throws Exception {
        writeAndRead(TestProjects.small());
        Path file = dir.resolve("outline.json");
        Files.writeString(file, Files.readString(file).replace("\"schemaVersion\": 2", "\"schemaVersion\": 4"));
        ReadResult result = ProjectReader.read(new ProjectFolder(dir));
        assertThat(result.project()).isNull();
        assertThat(result.problems()).extracting(Problem::toString)
                .containsExactly("outline.json:2:3: schemaVersion 4 is newer than this Clausewright reads (up to 2): "
                        + "update Clausewright to open it");
    }

    @Test
    void aFolderWithoutProjectFilesSaysSo() throws Exception {
        ReadResult result = ProjectReader.read(new ProjectFolder(dir));
        assertThat(result.project()).isNull();
        assertThat(result.problems().get(0).toString()).contains("project.json: is missing");
    }

    @Test
    void aClauseWrittenAsOneStringIsAccepted() throws Exception {
        writeAndRead(TestProjects.small());
        Files.writeString(dir.resolve("clauses/report-concerns.json"), "{\"schemaVersion\": 1, \"id\": \"report-concerns\","
                + " \"heading\": \"R\", \"text\": \"one\\ntwo\", \"status\": \"agreed\"}", StandardCharsets.UTF_8);
        ReadResult result = ProjectReader.read(new ProjectFolder(dir));
        assertThat(result.problems()).isEmpty();
        assertThat(result.project().clause("report-concerns").orElseThrow().paragraphs()).containsExactly("one", "two");
    }

    @Test
    void timesWrittenByHandInOtherIsoFormsReadAndImpossibleDatesAreReported() throws Exception {
        writeAndRead(TestProjects.small());
        Path file = dir.resolve("annotations/duty-of-care.json");
        String written = Files.readString(file);
        Files.writeString(file, written.replace("\"2026-01-05T10:00:00Z\"", "\"2026-01-05T10:00:00.250Z\""));
        ReadResult result = ProjectReader.read(new ProjectFolder(dir));
        assertThat(result.problems()).isEmpty();
        assertThat(result.project().threadsOf("duty-of-care")).extracting(t -> t.created().toString())
                .contains("2026-01-05T10:00:00.250Z");

        Files.writeString(file, written.replace("\"2026-01-05T10:00:00Z\"", "\"2026-02-30T10:00:00Z\""));
        assertThat(ProjectReader.read(new ProjectFolder(dir)).problems()).extracting(Problem::toString)
                .anyMatch(p -> p.matches("annotations/duty-of-care.json:\\d+:\\d+: `created` must be a UTC time such as "
                        + "2026-01-05T10:00:00Z, not \"2026-02-30T10:00:00Z\""));
    }

    @Test
    void pathsOutsideTheProjectAreRefused() {
        assertThatThrownBy(() -> new ProjectFolder(dir).resolve("../outside.json"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
