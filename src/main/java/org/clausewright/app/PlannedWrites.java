package org.clausewright.app;

import org.clausewright.store.ProjectFolder;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A project folder that takes note of what would be written to it instead of writing: handed to the store's
 * writer, it says which files a save will write, with their bytes, so that they can be announced beforehand.
 */
final class PlannedWrites extends ProjectFolder {
    private final Map<String, Optional<byte[]>> writes = new LinkedHashMap<>();

    PlannedWrites(Path root) {
        super(root);
    }

    @Override
    public void write(String path, byte[] content) {
        resolve(path);
        writes.put(path, Optional.of(content));
    }

    @Override
    public void delete(String path) {
        resolve(path);
        writes.put(path, Optional.empty());
    }

    /** Project-relative path → the bytes it would get, or empty when it would be deleted; in the order written. */
    Map<String, Optional<byte[]>> writes() {
        return Collections.unmodifiableMap(writes);
    }
}
