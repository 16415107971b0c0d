package org.clausewright.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Read access to a project's files wherever they are: the project folder, or a recorded version in git.
 * Paths are project-relative with '/' separators ("outline.json", "clauses/duty-of-care.json").
 */
public interface ProjectFiles {
    /** The bytes of the file, or empty when there is no such file. */
    Optional<byte[]> read(String path) throws IOException;

    /** Project-relative paths of the {@code .json} files directly inside {@code folder}, sorted. */
    List<String> list(String folder) throws IOException;

    /**
     * Reads the files of one folder in turn, each by its project-relative path (as {@link #read}); closed after. The
     * default reads each through {@link #read}; the project folder opens the folder once (see {@link ProjectFolder}).
     */
    default FolderReader openFolder(String folder) throws IOException {
        return this::read;
    }

    /** The files of one folder: {@link #read} takes a path directly inside it. */
    @FunctionalInterface
    interface FolderReader extends Closeable {
        Optional<byte[]> read(String path) throws IOException;

        @Override
        default void close() throws IOException {
        }
    }

    /** The folder on this computer that holds the files, for messages that name a file in full; empty for a version. */
    default Optional<Path> folder() {
        return Optional.empty();
    }
}
