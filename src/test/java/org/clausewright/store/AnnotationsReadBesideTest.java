package org.clausewright.store;

import org.clausewright.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project folder's annotations files are decoded on a thread of their own while the clauses are read; what the
 * reading gives — project, problems and kept keys, in their order — is what reading the files one at a time gives.
 */
class AnnotationsReadBesideTest {
    @TempDir
    Path dir;

    @Test
    void aFolderHasItsAnnotationsReadOnAnotherThread() throws Exception {
        new ProjectWriter(new ProjectFolder(dir)).writeAll(TestProjects.small());
        Set<String> readers = ConcurrentHashMap.newKeySet();
        ProjectFolder watched = new ProjectFolder(dir) {
            @Override
            public Optional<byte[]> read(String path) throws IOException {
                if (path.startsWith(ProjectPaths.ANNOTATIONS + "/")) {
                    readers.add(Thread.currentThread().getName());
                }
                return super.read(path);
            }

            @Override
            public boolean readsConcurrently() {
                return true;
            }
        };
        ReadResult read = ProjectReader.read(watched);
        assertThat(read.problems()).isEmpty();
        assertThat(read.project().threads()).isEqualTo(TestProjects.small().threads());
        assertThat(readers).containsExactly("read-annotations");
    }

    @Test
    void filesThatMayNotBeReadTogetherAreReadOneAtATime() throws Exception {
        new ProjectWriter(new ProjectFolder(dir)).writeAll(TestProjects.small());
        Set<String> readers = ConcurrentHashMap.newKeySet();
        ProjectFiles folder = new ProjectFolder(dir);
        ProjectFiles watched = new ProjectFiles() {
            @Override
            public Optional<byte[]> read(String path) throws IOException {
                readers.add(Thread.currentThread().getName());
                return folder.read(path);
            }

            @Override
            public List<String> list(String name) throws IOException {
                return folder.list(name);
            }
        };
        assertThat(ProjectReader.read(watched).problems()).isEmpty();
        assertThat(readers).containsExactly(Thread.currentThread().getName());
    }

    @Test
    void damagedAnnotationsGiveTheSameProblemsInTheSameOrderAsReadOneAtATime() throws Exception {
        new ProjectWriter(new ProjectFolder(dir)).writeAll(TestProjects.small());
        Path annotations = dir.resolve(ProjectPaths.ANNOTATIONS);
        String threads = Files.readString(annotations.resolve("duty-of-care.json"));
        // a key of a newer version (kept), a file whose clause has no file, the same thread ids twice, a file
        // naming another clause, a file cut short, a file name that is no clause id; and a damaged clause first
        Files.writeString(annotations.resolve("duty-of-care.json"), threads.replaceFirst("\\{", "{\n  \"later\": 1,"));
        Files.writeString(annotations.resolve("ghost.json"), threads.replace("\"duty-of-care\"", "\"ghost\""));
        Files.writeString(annotations.resolve("report-concerns.json"),
                threads.replace("\"duty-of-care\"", "\"report-concerns\""));
        Files.writeString(annotations.resolve("alt-duty.json"), threads);
        Files.writeString(annotations.resolve("zz-cut.json"), threads.substring(0, threads.length() / 2));
        Files.writeString(annotations.resolve("Not_An_Id.json"), threads);
        Files.writeString(dir.resolve(ProjectPaths.clause("alt-duty")), "{\"schemaVersion\": 2,");

        ReadResult beside = ProjectReader.read(new ProjectFolder(dir));
        ReadResult oneAtATime = ProjectReader.read(oneAtATime(new ProjectFolder(dir)));
        assertThat(beside.problems()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(lines(beside.problems())).containsExactlyElementsOf(lines(oneAtATime.problems()));
        assertThat(lines(beside.kept())).isNotEmpty().containsExactlyElementsOf(lines(oneAtATime.kept()));
        assertThat(lines(beside.warnings())).containsExactlyElementsOf(lines(oneAtATime.warnings()));
    }

    @Test
    void anUndamagedProjectIsTheSameProject() throws Exception {
        new ProjectWriter(new ProjectFolder(dir)).writeAll(TestProjects.small());
        ReadResult beside = ProjectReader.read(new ProjectFolder(dir));
        Project read = ProjectReader.read(oneAtATime(new ProjectFolder(dir))).project();
        assertThat(beside.problems()).isEmpty();
        assertThat(beside.project().info()).isEqualTo(read.info());
        assertThat(beside.project().outline()).isEqualTo(read.outline());
        assertThat(beside.project().clauses()).isEqualTo(read.clauses());
        assertThat(beside.project().threads()).isEqualTo(read.threads()).isNotEmpty();
        assertThat(beside.project().fileExtras()).isEqualTo(read.fileExtras());
    }

    private static ProjectFiles oneAtATime(ProjectFiles files) {
        return new ProjectFiles() {
            @Override
            public Optional<byte[]> read(String path) throws IOException {
                return files.read(path);
            }

            @Override
            public List<String> list(String folder) throws IOException {
                return files.list(folder);
            }
        };
    }

    private static List<String> lines(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }
}
