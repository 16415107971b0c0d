package org.clausewright.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.clausewright.store.ProjectFiles;

/** The project folder as it is now, seen the way a version sees it: no hidden, lock or temporary files. */
final class FolderFiles implements ProjectFiles {
    private final Path folder;

    FolderFiles(Path folder) {
        this.folder = folder;
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        if (!ProjectPaths.isSafe(path) || !ProjectPaths.isVisible(path)) {
            return Optional.empty();
        }
        Path file = ProjectPaths.resolve(folder, path);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            // Deleted between the check and the read: the same as not there.
            return Optional.empty();
        }
    }

    @Override
    public List<String> list(String subfolder) throws IOException {
        boolean root = subfolder == null || subfolder.isEmpty() || subfolder.equals(".");
        String prefix = root ? "" : (subfolder.endsWith("/") ? subfolder : subfolder + "/");
        if (!root && !ProjectPaths.isSafe(prefix.substring(0, prefix.length() - 1))) {
            return List.of();
        }
        Path dir = root ? folder : ProjectPaths.resolve(folder, prefix.substring(0, prefix.length() - 1));
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isRegularFile)
                    .map(file -> prefix + file.getFileName())
                    .filter(path -> path.endsWith(".json") && ProjectPaths.isVisible(path))
                    .sorted()
                    .toList();
        }
    }
}
