package org.clausewright.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clausewright.history.ProjectFolder.at;
import static org.clausewright.history.ProjectFolder.write;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only the project's own files go into a version; what other programs keep in the repository stays there. */
class StrayFilesTest {
    @TempDir
    Path folder;

    @Test
    void notesBackupsAndSwapFilesInTheFolderAreNotRecorded() throws Exception {
        write(folder, "project.json", "{}\n");
        write(folder, "outline.json", "o1\n");
        write(folder, "unplaced.json", "u1\n");
        write(folder, "clauses/c-x.json", "c1\n");
        write(folder, "annotations/c-x.json", "t1\n");
        write(folder, "notes.txt", "a member's own notes\n");
        write(folder, ".DS_Store", "finder");
        write(folder, "clauses/c-x.json~", "an editor's backup\n");
        write(folder, "clauses/.c-x.json.swp", "vim's swap file");
        write(folder, "clauses/#c-x.json#", "emacs' autosave\n");
        write(folder, "annotations/.DS_Store", "finder");
        write(folder, "drafts/old.json", "{}\n");
        try (VersionHistory history = VersionHistory.open(folder)) {
            Version one = history.record("One", "", "Amina Diallo", at(0));
            assertThat(ProjectFolder.rawPaths(folder, one)).containsExactlyInAnyOrder(".gitignore", "project.json",
                    "outline.json", "unplaced.json", "clauses/c-x.json", "annotations/c-x.json");
            assertThat(history.changedPaths(one, Revision.WORKING)).isEmpty();

            write(folder, "notes.txt", "more notes\n");
            write(folder, "clauses/c-x.json", "c2\n");
            Version two = history.record("Two", "", "Amina Diallo", at(1));
            assertThat(ProjectFolder.rawPaths(folder, two)).doesNotContain("notes.txt", "clauses/c-x.json~");
            assertThat(ProjectFolder.text(history.files(two), "clauses/c-x.json")).contains("c2\n");
        }
    }

    @Test
    void aFileAnotherGitClientCommittedStaysInTheNextVersionAsThatClientLeftIt() throws Exception {
        write(folder, "project.json", "{}\n");
        try (VersionHistory history = VersionHistory.open(folder)) {
            history.record("One", "", "Amina Diallo", at(0));
            write(folder, "README.md", "How we work\n");
            write(folder, ".gitattributes", "* text=auto\n");
            GitProgram git = GitProgram.in(folder);
            git.run("add", "README.md", ".gitattributes");
            git.commitAs("Li Wei", "Add a README");
            write(folder, "README.md", "How we work, edited but not committed\n");
            ProjectFolder.delete(folder, ".gitattributes");
            write(folder, "project.json", "{\"title\": \"T\"}\n");

            Version three = history.record("Three", "", "Amina Diallo", at(2));

            assertThat(ProjectFolder.rawPaths(folder, three)).containsExactlyInAnyOrder(".gitignore", "project.json",
                    "README.md", ".gitattributes");
            assertThat(git.run("show", three.id() + ":README.md")).isEqualTo("How we work\n");
            assertThat(git.run("status", "--porcelain")).isEqualTo(" D .gitattributes\n M README.md\n");
        }
    }
}
