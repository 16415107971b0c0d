package org.clausewright.app;

import org.clausewright.store.ProjectFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** One file's bytes, as already read, offered to the project reader so that it decodes exactly what was checked. */
record OneFile(String path, byte[] content, Path dir) implements ProjectFiles {
    @Override
    public Optional<byte[]> read(String wanted) throws IOException {
        return wanted.equals(path) ? Optional.of(content) : Optional.empty();
    }

    @Override
    public List<String> list(String folder) {
        return List.of();
    }

    @Override
    public Optional<Path> folder() {
        return Optional.ofNullable(dir);
    }
}
