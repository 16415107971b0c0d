package org.clausewright.history;

import org.clausewright.store.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CommitFilesTest {
    @TempDir
    Path dir;

    private static Optional<String> text(ProjectFiles files, String path) throws Exception {
        return files.read(path).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    @Test
    void aVersionsFilesAreReadThroughTheirFoldersAndStayAsRecorded() throws Exception {
        ProjectFolder.write(dir, "project.json", "{\"p\": 1}\n");
        ProjectFolder.write(dir, "clauses/a.json", "{\"a\": 1}\n");
        ProjectFolder.write(dir, "clauses/b.json", "{\"b\": 1}\n");
        ProjectFolder.write(dir, "annotations/a.json", "{\"t\": 1}\n");
        try (VersionHistory history = VersionHistory.open(dir)) {
            Version first = history.record("One", "", "A", ProjectFolder.at(0));
            ProjectFolder.write(dir, "clauses/a.json", "{\"a\": 2}\n");
            ProjectFolder.delete(dir, "clauses/b.json");
            history.record("Two", "", "A", ProjectFolder.at(1));

            ProjectFiles files = history.files(first);
            assertThat(text(files, "clauses/a.json")).contains("{\"a\": 1}\n");
            assertThat(text(files, "clauses/b.json")).contains("{\"b\": 1}\n");
            assertThat(text(files, "annotations/a.json")).contains("{\"t\": 1}\n");
            assertThat(text(files, "project.json")).contains("{\"p\": 1}\n");
            assertThat(files.read("clauses/c.json")).isEmpty();
            assertThat(files.read("clauses")).as("a folder is not a file").isEmpty();
            assertThat(files.read("missing/a.json")).isEmpty();
            assertThat(files.read("clauses/.hidden.json")).isEmpty();
            assertThat(files.list("clauses")).containsExactly("clauses/a.json", "clauses/b.json");
        }
    }
}
