package org.clausewright.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clausewright.history.ProjectFolder.at;
import static org.clausewright.history.ProjectFolder.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick comparison with the folder must agree with JGit's walk, or leave the folder to it. */
class PlainFolderTest {
    @TempDir
    Path folder;

    @Test
    void agreesWithJGitsWalkWhateverIsDoneToTheFolder() throws Exception {
        Random random = new Random(20261128L);
        write(folder, "project.json", "{}\n");
        write(folder, "outline.json", "o\n");
        for (int i = 0; i < 30; i++) {
            write(folder, clause(i), "clause " + i + "\n");
        }
        int quick = 0;
        int compared = 0;
        try (VersionHistory history = VersionHistory.open(folder);
             Repository repository = ProjectRepository.openOrInit(folder)) {
            List<Version> versions = new ArrayList<>();
            versions.add(history.record("V0", "", "Amina", at(0)));
            for (int step = 1; step <= 60; step++) {
                if (random.nextBoolean()) {
                    plainAgain(repository);
                }
                edit(random, repository, step);
                if (random.nextInt(4) == 0) {
                    versions.add(history.record("V" + step, "", "Amina", at(step)));
                    if (random.nextBoolean()) {
                        // straight after recording: same size, same second, only the content differs
                        Path racy = folder.resolve(clause(random.nextInt(30)));
                        if (Files.isRegularFile(racy, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                            byte[] content = Files.readAllBytes(racy);
                            content[0] ^= 0x20;
                            Files.write(racy, content);
                        }
                    }
                }
                for (Version v : List.of(versions.get(versions.size() - 1), versions.get(random.nextInt(versions.size())))) {
                    for (boolean folderIsNewer : new boolean[] {true, false}) {
                        compared++;
                        quick += agree(repository, tree(repository, v), folderIsNewer) ? 1 : 0;
                    }
                }
            }
        }
        // some edits leave the folder unplain for a while (a link, attributes, a rule); between those the
        // quick comparison must answer
        assertThat(quick).isGreaterThan(compared / 5);
        assertThat(quick).isLessThan(compared);
    }

    @Test
    void anEditedDraftIsComparedWithoutJGitsWalkAndAnythingUnusualIsLeftToIt() throws Exception {
        write(folder, "project.json", "{}\n");
        write(folder, "clauses/a.json", "a1\n");
        write(folder, "clauses/b.json", "b1\n");
        try (VersionHistory history = VersionHistory.open(folder);
             Repository repository = ProjectRepository.openOrInit(folder)) {
            Version one = history.record("One", "", "Amina", at(0));
            write(folder, "clauses/a.json", "a2\n");
            write(folder, "clauses/c.json", "c1\n");
            ProjectFolder.delete(folder, "clauses/b.json");
            write(folder, ".clausewright.lock", "Li Wei\n");
            write(folder, "clauses/.c.json.99.tmp", "half");
            try (ObjectReader reader = repository.newObjectReader()) {
                assertThat(PlainFolder.compare(repository, reader, tree(repository, one), true)).containsExactly(
                        new PathChange("clauses/a.json", PathChange.Kind.MODIFIED),
                        new PathChange("clauses/b.json", PathChange.Kind.DELETED),
                        new PathChange("clauses/c.json", PathChange.Kind.ADDED));
            }
            ObjectId tree = tree(repository, one);
            write(folder, ".gitignore", ".clausewright.lock\n*.tmp\n*.docx\n");
            assertThat(quick(repository, tree)).as("a rule of the member's own").isNull();
            write(folder, ".gitignore", ".clausewright.lock\n*.tmp\n");
            assertThat(quick(repository, tree)).isNotNull();
            write(folder, "clauses/.gitattributes", "*.json text\n");
            assertThat(quick(repository, tree)).as("attributes").isNull();
            ProjectFolder.delete(folder, "clauses/.gitattributes");
            write(folder, "notes/\u00dcberblick.md", "notes\n");
            assertThat(quick(repository, tree)).as("a name JGit may normalise").isNull();
            ProjectFolder.delete(folder, "notes/\u00dcberblick.md");
            Files.createSymbolicLink(folder.resolve("clauses/link.json"), folder.resolve("clauses/a.json"));
            assertThat(quick(repository, tree)).as("a link").isNull();
            ProjectFolder.delete(folder, "clauses/link.json");
            StoredConfig config = repository.getConfig();
            config.setBoolean("core", null, "autocrlf", true);
            config.save();
            assertThat(quick(repository, tree)).as("line ends converted").isNull();
        }
    }

    @Test
    void timesMatchToTheCoarserResolutionAsInJGit() {
        java.time.Instant second = java.time.Instant.ofEpochSecond(1_767_600_000L);
        assertThat(PlainFolder.sameTime(second, second.plusNanos(123_456_789), false)).isTrue();
        assertThat(PlainFolder.sameTime(second.plusMillis(123), second.plusNanos(123_456_789), false)).isTrue();
        assertThat(PlainFolder.sameTime(second.plusMillis(124), second.plusNanos(123_456_789), false)).isFalse();
        assertThat(PlainFolder.sameTime(second.plusNanos(123_456_000), second.plusNanos(123_456_789), false)).isTrue();
        assertThat(PlainFolder.sameTime(second.plusNanos(123_455_000), second.plusNanos(123_456_789), false)).isFalse();
        assertThat(PlainFolder.sameTime(second.plusNanos(123_456_788), second.plusNanos(123_456_789), false)).isFalse();
        assertThat(PlainFolder.sameTime(second.plusNanos(1), second.plusNanos(2), true)).isTrue();
        assertThat(PlainFolder.sameTime(second, second.plusSeconds(1), true)).isFalse();
    }

    private static List<PathChange> quick(Repository repository, ObjectId tree) throws Exception {
        try (ObjectReader reader = repository.newObjectReader()) {
            return PlainFolder.compare(repository, reader, tree, true);
        }
    }

    /** Whether the quick comparison answered; when it did, it must have given JGit's answer. */
    private static boolean agree(Repository repository, ObjectId tree, boolean folderIsNewer) throws Exception {
        List<PathChange> walked = Comparison.walkFolder(repository, tree, folderIsNewer);
        List<PathChange> quick;
        try (ObjectReader reader = repository.newObjectReader()) {
            quick = PlainFolder.compare(repository, reader, tree, folderIsNewer);
        }
        if (quick != null) {
            assertThat(quick).isEqualTo(walked);
        }
        return quick != null;
    }

    private void edit(Random random, Repository repository, int step) throws Exception {
        Path file = folder.resolve(clause(random.nextInt(36)));
        switch (random.nextInt(18)) {
            case 0 -> Files.deleteIfExists(file);
            case 1 -> write(folder, clause(random.nextInt(36)), "new " + step + "\n");
            case 2 -> {
                // same size, time put back: only the content tells, and neither side looks at it
                if (Files.exists(file)) {
                    FileTime time = Files.getLastModifiedTime(file);
                    byte[] content = Files.readAllBytes(file);
                    content[0] = (byte) (content[0] == 'x' ? 'y' : 'x');
                    Files.write(file, content);
                    Files.setLastModifiedTime(file, time);
                }
            }
            case 3 -> {
                if (Files.exists(file)) {
                    Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 1500));
                }
            }
            case 4 -> write(folder, ".hidden/notes.txt", "n" + step);
            case 5 -> write(folder, "clauses/x.json.7.tmp", "torn");
            case 6 -> write(folder, "drafts.tmp/a.json", "in an ignored folder");
            case 7 -> write(folder, "clauses/old/c-" + random.nextInt(3) + ".json", "nested " + step + "\n");
            case 8 -> {
                if (Files.exists(file) && !Files.isDirectory(file)) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(
                            random.nextBoolean() ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
            case 9 -> {
                Path link = folder.resolve("clauses/link.json");
                if (Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(link);
                } else {
                    Files.createSymbolicLink(link, folder.resolve("outline.json"));
                }
            }
            case 10 -> {
                Path gitignore = folder.resolve(".gitignore");
                String rules = Files.readString(gitignore);
                Files.writeString(gitignore, rules.contains("*.bak") ? ".clausewright.lock\n*.tmp\n"
                        : rules + "*.bak\n");
            }
            case 11 -> {
                Path attributes = folder.resolve("clauses/.gitattributes");
                if (Files.exists(attributes)) {
                    Files.delete(attributes);
                } else {
                    write(folder, "clauses/.gitattributes", "*.json text\n");
                }
            }
            case 12 -> {
                StoredConfig config = repository.getConfig();
                config.setBoolean("core", null, "autocrlf", !config.getBoolean("core", null, "autocrlf", false));
                config.save();
            }
            case 13 -> {
                Path x = folder.resolve("clauses/x");
                if (Files.isDirectory(x)) {
                    Files.delete(x.resolve("y.json"));
                    Files.delete(x);
                    write(folder, "clauses/x", "file " + step + "\n");
                } else {
                    Files.deleteIfExists(x);
                    write(folder, "clauses/x/y.json", "in folder " + step + "\n");
                }
            }
            case 14 -> {
                Path accented = folder.resolve("notes/Überblick.md");
                if (Files.exists(accented)) {
                    Files.delete(accented);
                } else {
                    write(folder, "notes/Überblick.md", "notes " + step + "\n");
                }
            }
            default -> write(folder, clause(random.nextInt(36)), "edit " + step + " " + "z".repeat(random.nextInt(3)) + "\n");
        }
    }

    /** Undoes what makes a folder unplain, so that the random walk does not stay on JGit's side. */
    private void plainAgain(Repository repository) throws Exception {
        Files.deleteIfExists(folder.resolve("clauses/link.json"));
        Files.deleteIfExists(folder.resolve("clauses/.gitattributes"));
        Files.deleteIfExists(folder.resolve("notes/\u00dcberblick.md"));
        Files.writeString(folder.resolve(".gitignore"), ".clausewright.lock\n*.tmp\n");
        StoredConfig config = repository.getConfig();
        config.setBoolean("core", null, "autocrlf", false);
        config.save();
    }

    private static ObjectId tree(Repository repository, Version version) throws Exception {
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.parseCommit(ObjectId.fromString(version.id())).getTree();
        }
    }

    private static String clause(int i) {
        return "clauses/c-" + String.format("%02d", i) + ".json";
    }
}
