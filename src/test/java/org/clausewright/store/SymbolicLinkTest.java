package org.clausewright.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 9 item 11: a link in a project folder is refused by name and never followed. */
class SymbolicLinkTest {
    private static final String REFUSED = ": is a symbolic link; Clausewright reads only plain files inside the "
            + "project folder — replace it with a copy of the ";

    @TempDir
    Path temp;

    private Path project() throws Exception {
        Path dir = temp.resolve("project");
        new ProjectWriter(new ProjectFolder(dir)).writeAll(TestProjects.small());
        return dir;
    }

    @Test
    void aClauseLinkedToAFileOutsideTheProjectIsRefusedAndItsContentNeverRead() throws Exception {
        Path dir = project();
        // a member's private file, which a project received from someone else points at
        Path privateFile = temp.resolve("private.json");
        String secret = Files.readString(dir.resolve("clauses/report-concerns.json")).replace("Report concerns",
                "PRIVATE NOTES");
        Files.writeString(privateFile, secret);
        Files.delete(dir.resolve("clauses/report-concerns.json"));
        Files.createSymbolicLink(dir.resolve("clauses/report-concerns.json"), privateFile);

        ReadResult read = ProjectReader.read(new ProjectFolder(dir));
        assertThat(read.problems()).extracting(Problem::toString)
                .containsExactly("clauses/report-concerns.json" + REFUSED + "file");
        assertThat(read.isValid()).isFalse();
        assertThat(read.project().clauses()).doesNotContainKey("report-concerns");
        assertThatThrownBy(() -> ProjectReader.readClause(new ProjectFolder(dir), "report-concerns"))
                .isInstanceOf(ProjectFileException.class).hasMessageContaining("is a symbolic link");
    }

    @Test
    void everyKindOfProjectFileAsALinkIsRefusedByName() throws Exception {
        for (String path : List.of("project.json", "outline.json", "clauses/duty-of-care.json",
                "annotations/duty-of-care.json", "unplaced.json")) {
            Path dir = project();
            Path file = dir.resolve(path);
            // a link to a copy inside the project is refused too: a version would be recorded without it
            Path copy = dir.resolve("copies").resolve(path.replace('/', '-'));
            Files.createDirectories(copy.getParent());
            if (Files.exists(file)) {
                Files.move(file, copy);
            } else {
                Files.writeString(copy, "{\"schemaVersion\": 1, \"items\": []}\n");
            }
            Files.createSymbolicLink(file, file.getParent().relativize(copy));

            assertThat(ProjectReader.read(new ProjectFolder(dir)).problems()).as(path).extracting(Problem::toString)
                    .contains(path + REFUSED + "file");
            deleteTree(dir);
        }
    }

    @Test
    void aLinkedClausesFolderIsRefusedAndNeitherReadNorWrittenInto() throws Exception {
        Path dir = project();
        Path elsewhere = temp.resolve("elsewhere");
        Files.move(dir.resolve("clauses"), elsewhere);
        Files.createSymbolicLink(dir.resolve("clauses"), elsewhere);

        ReadResult read = ProjectReader.read(new ProjectFolder(dir));
        assertThat(read.problems()).extracting(Problem::toString).containsExactly("clauses" + REFUSED + "folder");
        assertThatThrownBy(() -> new ProjectFolder(dir).write("clauses/new.json", "{}".getBytes()))
                .isInstanceOf(NotAPlainFileException.class);
        assertThat(elsewhere.resolve("new.json")).doesNotExist();
    }

    @Test
    void aFolderBeingReadThatIsSwappedForALinkIsStillReadFromTheFolderNeverThroughTheLink() throws Exception {
        Path dir = project();
        String own = Files.readString(dir.resolve("clauses/report-concerns.json"));
        // another program swaps the folder for a link to a look-alike between two files of a reading
        Path lookAlike = temp.resolve("look-alike");
        Files.createDirectories(lookAlike);
        Files.writeString(lookAlike.resolve("report-concerns.json"), own.replace("Report concerns", "PRIVATE NOTES"));
        ProjectFolder files = new ProjectFolder(dir);
        try (ProjectFiles.FolderReader clauses = files.openFolder("clauses")) {
            Files.move(dir.resolve("clauses"), temp.resolve("moved"));
            Files.createSymbolicLink(dir.resolve("clauses"), lookAlike);

            assertThat(clauses.read("clauses/report-concerns.json")).map(String::new).contains(own);
            assertThat(clauses.read("clauses/none.json")).isEmpty();
        }
        // opened afresh, the linked folder is refused by name, as reading file by file refuses it
        assertThatThrownBy(() -> files.openFolder("clauses")).isInstanceOf(NotAPlainFileException.class)
                .hasMessageContaining("clauses" + REFUSED + "folder");
        assertThatThrownBy(() -> files.read("clauses/report-concerns.json"))
                .isInstanceOf(NotAPlainFileException.class);
    }

    @Test
    void aLinkToNothingAndAFolderNamedLikeAClauseAreNamedToo() throws Exception {
        Path dir = project();
        Files.createSymbolicLink(dir.resolve("clauses/gone.json"), temp.resolve("nothing-here.json"));
        Files.createDirectory(dir.resolve("clauses/folder.json"));
        assertThat(ProjectReader.read(new ProjectFolder(dir)).problems()).extracting(Problem::toString)
                .containsExactly("clauses/folder.json: is a folder where a file should be — move it out of the "
                        + "project folder", "clauses/gone.json" + REFUSED + "file");
    }

    @Test
    void aProjectInsideAZipOrJarIsStillRead() throws Exception {
        // the bundled sample is read from inside the jar, whose file system has no links and refuses NOFOLLOW
        Path zip = temp.resolve("sample.zip");
        try (java.nio.file.FileSystem fs = java.nio.file.FileSystems.newFileSystem(zip, java.util.Map.of("create", "true"))) {
            Path root = fs.getPath("/project");
            new ProjectWriter(new ProjectFolder(root)).writeAll(TestProjects.small());
            ReadResult read = ProjectReader.read(new ProjectFolder(root));
            assertThat(read.problems()).isEmpty();
            assertThat(read.project().clauses()).hasSize(3);
        }
    }

    private static void deleteTree(Path dir) throws Exception {
        try (var all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
