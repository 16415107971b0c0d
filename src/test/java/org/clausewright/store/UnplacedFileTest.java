package org.clausewright.store;

import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Project;
import org.clausewright.model.TextAnchor;
import org.clausewright.model.UnplacedThread;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** unplaced.json: review threads no clause was found for, kept with the text they were written on. */
class UnplacedFileTest {
    @TempDir
    Path dir;

    private static UnplacedThread item() {
        String context = "Covering note from the delegation.";
        AnnotationThread t = AnnotationThread.open("t-0000000a", TextAnchor.of(context, 9, 13), AnnotationKind.COMMENT,
                "Ingrid Solberg", Instant.parse("2026-05-02T09:00:00Z"), "Please circulate.\n[review: r.docx]");
        return new UnplacedThread("r.docx", context, t);
    }

    @Test
    void unplacedThreadsReadBackAsWrittenAndTheFileGoesWhenTheyAreAllAttached() throws Exception {
        Project project = TestProjects.small().withUnplaced(List.of(item()));
        ProjectWriter writer = new ProjectWriter(new ProjectFolder(dir));
        writer.writeAll(project);
        String json = Files.readString(dir.resolve("unplaced.json"));
        assertThat(json).startsWith("{\n  \"schemaVersion\": 2,\n  \"items\": [\n    {\n      \"source\": \"r.docx\",\n"
                + "      \"context\": \"Covering note from the delegation.\",\n      \"thread\": {\n        \"id\": \"t-0000000a\"");
        ReadResult read = ProjectReader.read(new ProjectFolder(dir));
        assertThat(read.problems()).isEmpty();
        assertThat(read.project().unplaced()).containsExactly(item());

        writer.save(project, project.withUnplaced(List.of()));
        assertThat(dir.resolve("unplaced.json")).doesNotExist();
    }

    @Test
    void problemsInTheFileArePointedAt() throws Exception {
        new ProjectWriter(new ProjectFolder(dir)).writeAll(TestProjects.small());
        Files.writeString(dir.resolve("unplaced.json"), "{\n  \"schemaVersion\": 1,\n  \"items\": [\n    {\n"
                + "      \"source\": \"r.docx\",\n      \"context\": 3\n    }\n  ]\n}\n");
        ReadResult read = ProjectReader.read(new ProjectFolder(dir));
        assertThat(read.problems()).extracting(Problem::toString).anySatisfy(p ->
                assertThat(p).startsWith("unplaced.json:6:").contains("`context` must be a string"))
                .anySatisfy(p -> assertThat(p).contains("`thread` is missing"));
    }
}
