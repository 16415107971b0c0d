package org.clausewright.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clausewright.store.ProjectFiles;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A recorded version's files, read straight from git objects without touching the folder. Valid while
 * the {@link VersionHistory} that made it is open; each call uses its own reader, so it is thread-safe.
 */
final class CommitFiles implements ProjectFiles {
    private final Repository repository;
    private final ObjectId tree;

    CommitFiles(Repository repository, ObjectId tree) {
        this.repository = repository;
        this.tree = tree;
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        if (path == null || path.isEmpty() || !VersionedPaths.isVisible(path)) {
            return Optional.empty();
        }
        try (ObjectReader reader = repository.newObjectReader();
             TreeWalk walk = TreeWalk.forPath(reader, path, tree)) {
            if (walk == null || !isFile(walk.getRawMode(0))) {
                return Optional.empty();
            }
            return Optional.of(reader.open(walk.getObjectId(0), Constants.OBJ_BLOB).getBytes());
        }
    }

    @Override
    public List<String> list(String folder) throws IOException {
        String prefix = folder == null || folder.isEmpty() || folder.equals(".") ? "" : strip(folder) + "/";
        List<String> paths = new ArrayList<>();
        try (ObjectReader reader = repository.newObjectReader(); TreeWalk walk = new TreeWalk(reader)) {
            ObjectId subtree = prefix.isEmpty() ? tree : subtree(reader, prefix.substring(0, prefix.length() - 1));
            if (subtree == null) {
                return List.of();
            }
            walk.addTree(subtree);
            while (walk.next()) {
                String path = prefix + walk.getNameString();
                if (isFile(walk.getRawMode(0)) && path.endsWith(".json") && VersionedPaths.isVisible(path)) {
                    paths.add(path);
                }
            }
        }
        paths.sort(null);
        return paths;
    }

    private ObjectId subtree(ObjectReader reader, String folder) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(reader, folder, tree)) {
            return walk != null && walk.getFileMode(0) == FileMode.TREE ? walk.getObjectId(0) : null;
        }
    }

    static boolean isFile(int rawMode) {
        return (rawMode & FileMode.TYPE_MASK) == FileMode.TYPE_FILE;
    }

    private static String strip(String folder) {
        return folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
    }
}
