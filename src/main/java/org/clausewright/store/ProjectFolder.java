package org.clausewright.store;

import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** A project's files in its folder on disk. */
public class ProjectFolder implements ProjectFiles {
    private final Path root;

    public ProjectFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        if (isHidden(path)) {
            // the lock, temporary files and git's own files are never project content
            return Optional.empty();
        }
        Path file = resolve(path);
        // FileInputStream costs less per file than Files.readAllBytes' channel, which counts for the thousands
        // of files in a project; for anything but a plain read, the channel says what is wrong as before.
        try (FileInputStream in = new FileInputStream(file.toString())) {
            return Optional.of(in.readAllBytes());
        } catch (FileNotFoundException e) {
            try {
                return Optional.of(Files.readAllBytes(file));
            } catch (NoSuchFileException gone) {
                return Optional.empty();
            } catch (FileSystemException named) {
                throw named;
            } catch (IOException bare) {
                // the channel says "Is a directory" without the file; the message must name it
                throw (IOException) new FileSystemException(file.toString(), null, bare.getMessage()).initCause(bare);
            }
        }
    }

    @Override
    public List<String> list(String folder) throws IOException {
        Path dir = resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.endsWith(".json") && !name.startsWith(".")) {
                    names.add(folder + "/" + name);
                }
            }
        }
        Collections.sort(names);
        return Collections.unmodifiableList(names);
    }

    /** Whether a segment of the path starts with '.'. */
    private static boolean isHidden(String path) {
        return path.startsWith(".") || path.contains("/.");
    }

    /** The file for a project-relative path; a path that would leave the folder is refused. */
    public Path resolve(String path) {
        Path resolved = root.resolve(path).normalize();
        if (!resolved.startsWith(root) || path.contains("\\")) {
            throw new IllegalArgumentException("\"" + path + "\" is not a path inside the project");
        }
        return resolved;
    }

    public void write(String path, byte[] content) throws IOException {
        AtomicFiles.write(resolve(path), content);
    }

    public void delete(String path) throws IOException {
        AtomicFiles.delete(resolve(path));
    }
}
