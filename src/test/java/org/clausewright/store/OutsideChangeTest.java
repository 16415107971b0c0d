package org.clausewright.store;

import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Project;
import org.clausewright.model.TextAnchor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A file another program wrote after the project was read is never overwritten by a save. */
class OutsideChangeTest {
    @TempDir
    Path dir;

    private final FileStamps stamps = new FileStamps();

    private Project opened() throws Exception {
        new ProjectWriter(new ProjectFolder(dir)).writeAll(TestProjects.small());
        return ProjectReader.read(new StampedFiles(new ProjectFolder(dir), stamps)).orThrow();
    }

    @Test
    void aSaveLeavesAFileChangedOnDiskAsItIsAndNamesIt() throws Exception {
        Project before = opened();
        Path file = dir.resolve("clauses/report-concerns.json");
        String theirs = Files.readString(file).replace("\"heading\": \"", "\"heading\": \"Edited in a text editor: ");
        Files.writeString(file, theirs);
        Project after = before.withClause(before.clause("report-concerns").orElseThrow().withText("Report at once."))
                .withClause(before.clause("duty-of-care").orElseThrow().withHeading("Care"));

        assertThatThrownBy(() -> new ProjectWriter(new ProjectFolder(dir), stamps).save(before, after))
                .isInstanceOfSatisfying(OutsideChangeException.class, e ->
                        assertThat(e.paths()).containsExactly("clauses/report-concerns.json"))
                .hasMessageContaining("clauses/report-concerns.json").hasMessageContaining("not overwritten");
        assertThat(Files.readString(file)).isEqualTo(theirs);
        // the other file of the same save is written
        assertThat(Files.readString(dir.resolve("clauses/duty-of-care.json"))).contains("\"heading\": \"Care\"");
    }

    @Test
    void aFileChangedBeforeTheDigestsAreTakenIsStillKept() throws Exception {
        Project before = opened();
        Path file = dir.resolve("clauses/report-concerns.json");
        String theirs = Files.readString(file).replace("\"heading\": \"", "\"heading\": \"Pulled in: ");
        Files.writeString(file, theirs);
        // the window takes the digests after its first screen, from the bytes it read, not from the disk
        stamps.settle();
        Project after = before.withClause(before.clause("report-concerns").orElseThrow().withText("Report at once."));

        assertThatThrownBy(() -> new ProjectWriter(new ProjectFolder(dir), stamps).save(before, after))
                .isInstanceOfSatisfying(OutsideChangeException.class, e ->
                        assertThat(e.paths()).containsExactly("clauses/report-concerns.json"));
        assertThat(Files.readString(file)).isEqualTo(theirs);
    }

    @Test
    void aFileAddedOnDiskWhereTheSaveWouldCreateOneIsKept() throws Exception {
        Project before = opened();
        Path annotations = dir.resolve("annotations/report-concerns.json");
        assertThat(annotations).doesNotExist();
        Project withThreads = before.withThreads("report-concerns", List.of(AnnotationThread.open("t-00000009",
                TextAnchor.wholeClause(), AnnotationKind.COMMENT, "Li Wei", Instant.parse("2026-01-09T10:00:00Z"),
                "Why?")));
        Files.writeString(annotations, "pulled in by git\n");

        assertThatThrownBy(() -> new ProjectWriter(new ProjectFolder(dir), stamps).save(before, withThreads))
                .isInstanceOf(OutsideChangeException.class).hasMessageContaining("annotations/report-concerns.json");
        assertThat(Files.readString(annotations)).isEqualTo("pulled in by git\n");
    }

    @Test
    void aFileChangedOnDiskIsNotDeletedBehindItsWriter() throws Exception {
        Project before = opened();
        Path file = dir.resolve("clauses/alt-duty.json");
        Files.writeString(file, Files.readString(file).replace("\"heading\": \"", "\"heading\": \"Theirs "));
        Project after = before.withoutClause("alt-duty");

        assertThatThrownBy(() -> new ProjectWriter(new ProjectFolder(dir), stamps).save(before, after))
                .isInstanceOf(OutsideChangeException.class).hasMessageContaining("clauses/alt-duty.json");
        assertThat(Files.readString(file)).contains("Theirs ");
    }

    @Test
    void whatTheWriterItselfWroteIsWrittenAgainWithoutComplaint() throws Exception {
        Project before = opened();
        Project first = before.withClause(before.clause("report-concerns").orElseThrow().withText("Report at once."));
        ProjectWriter writer = new ProjectWriter(new ProjectFolder(dir), stamps);
        writer.save(before, first);
        Project second = first.withClause(first.clause("report-concerns").orElseThrow().withText("Report today."));
        assertThat(writer.save(first, second)).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("clauses/report-concerns.json"))).contains("Report today.");
    }
}
