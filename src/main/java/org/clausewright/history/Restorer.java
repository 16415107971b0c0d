package org.clausewright.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clausewright.store.AtomicFiles;
import org.clausewright.store.ProjectFiles;

/**
 * Brings files back from a version. Everything needed is read before the folder is touched, and the
 * caller records a checkpoint first, so a restore can always be undone by restoring the checkpoint.
 */
final class Restorer {
    private final Path folder;

    Restorer(Path folder) {
        this.folder = folder;
    }

    /** Each path's content in the version, or empty where the version did not have the file. */
    static Map<String, Optional<byte[]>> contents(ProjectFiles version, List<String> paths)
            throws IOException, HistoryException {
        Map<String, Optional<byte[]>> contents = new LinkedHashMap<>();
        for (String path : paths) {
            contents.put(VersionedPaths.requireSafe(path), version.read(path));
        }
        return contents;
    }

    /** The draft files that must change to make the folder equal the version, with their new content. */
    static Map<String, Optional<byte[]>> draftChanges(ProjectFiles version, List<PathChange> changes)
            throws IOException, HistoryException {
        List<String> paths = new ArrayList<>();
        for (PathChange change : changes) {
            if (VersionedPaths.isDraftFile(change.path())) {
                paths.add(change.path());
            }
        }
        return contents(version, paths);
    }

    void write(Map<String, Optional<byte[]>> contents) throws IOException {
        for (Map.Entry<String, Optional<byte[]>> entry : contents.entrySet()) {
            Path target = VersionedPaths.resolve(folder, entry.getKey());
            if (entry.getValue().isPresent()) {
                AtomicFiles.write(target, entry.getValue().get());
            } else {
                AtomicFiles.delete(target);
            }
        }
    }
}
