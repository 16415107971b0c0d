package org.clausewright.app;

import org.clausewright.history.HistoryException;
import org.clausewright.store.ProjectFileException;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A new project is built in a hidden folder beside its place ({@code .model-code.creating-1234}) and renamed
 * into place only when it is complete: a creation that is stopped half way (killed, a full disk) leaves no
 * folder that looks like a project with part of its files or versions. A folder left by a killed creation is
 * hidden, never opened as a project, and removed by a later creation once it is old.
 */
final class NewProjectFolder {
    static final String CREATING = ".creating-";
    /** A creation takes seconds; a folder this old was left by one that was stopped. */
    private static final Duration LEFT_OVER = Duration.ofHours(1);

    private NewProjectFolder() {
    }

    /** What fills the temporary folder: the project's files and its history. */
    @FunctionalInterface
    interface Build {
        void into(Path folder) throws IOException, HistoryException, ProjectFileException;
    }

    static void create(Path target, Build build) throws IOException, HistoryException, ProjectFileException {
        Path place = target.toAbsolutePath().normalize();
        Path parent = place.getParent();
        if (parent == null) {
            throw new IOException(target + " cannot hold a project: choose a folder inside another one");
        }
        requireEmpty(place);
        Files.createDirectories(parent);
        String prefix = "." + place.getFileName() + CREATING;
        removeLeftOvers(parent, prefix);
        Path building = Files.createTempDirectory(parent, prefix);
        try {
            build.into(building);
            moveIntoPlace(building, place, target);
        } catch (IOException | HistoryException | ProjectFileException | RuntimeException | Error e) {
            try {
                deleteTree(building);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** Refuses a folder that already has content: creating a project never overwrites anything. */
    static void requireEmpty(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            // Failures says it in the words it uses for every file standing where a folder is needed
            throw new FileAlreadyExistsException(dir.toString());
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                throw new IOException(dir + " is not empty: choose a new folder for the project");
            }
        }
    }

    // An empty folder chosen for the project is replaced by the complete one; if something was put in it
    // meanwhile, the delete fails and nothing is lost.
    private static void moveIntoPlace(Path building, Path place, Path asGiven) throws IOException {
        if (Files.isDirectory(place)) {
            try {
                Files.delete(place);
            } catch (java.nio.file.DirectoryNotEmptyException e) {
                throw new IOException(asGiven + " is not empty: choose a new folder for the project", e);
            }
        }
        try {
            Files.move(building, place, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // the same parent folder, so this is a rename on every file system we know; keep going regardless
            Files.move(building, place);
        }
    }

    private static void removeLeftOvers(Path parent, String prefix) throws IOException {
        Instant old = Instant.now().minus(LEFT_OVER);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, path ->
                path.getFileName().toString().startsWith(prefix))) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry) && Files.getLastModifiedTime(entry).toInstant().isBefore(old)) {
                    deleteTree(entry);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(dir)) {
            all = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : all) {
            Files.deleteIfExists(path);
        }
    }
}
