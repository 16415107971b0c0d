package org.clausewright.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clausewright.store.ProjectFiles;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/** Small helpers for tests that edit a project folder by hand, as a member's editor would. */
final class ProjectFolder {
    static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    private ProjectFolder() {
    }

    static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    static void write(Path folder, String path, String content) {
        try {
            Path file = folder.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path folder, String path) {
        try {
            Files.delete(folder.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Path folder, String path) {
        try {
            return Files.readString(folder.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<String> text(ProjectFiles files, String path) throws IOException {
        return files.read(path).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    /** Every path git holds for the version, hidden ones included, read without Clausewright's filters. */
    static List<String> rawPaths(Path folder, Version version) throws IOException {
        List<String> paths = new ArrayList<>();
        try (Git git = Git.open(folder.toFile()); RevWalk revs = new RevWalk(git.getRepository());
             TreeWalk walk = new TreeWalk(git.getRepository())) {
            walk.addTree(revs.parseCommit(ObjectId.fromString(version.id())).getTree());
            walk.setRecursive(true);
            while (walk.next()) {
                paths.add(walk.getPathString());
            }
        }
        return paths;
    }

    static String rawMessage(Path folder, Version version) throws IOException {
        try (Git git = Git.open(folder.toFile()); RevWalk revs = new RevWalk(git.getRepository())) {
            return revs.parseCommit(ObjectId.fromString(version.id())).getFullMessage();
        }
    }
}
