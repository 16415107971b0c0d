package org.clausewright.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.clausewright.store.ProjectFiles;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A recorded version's files, read straight from git objects without touching the folder. Valid while
 * the {@link VersionHistory} that made it is open; each call uses its own reader, so it is thread-safe.
 * A file inside a folder is found through that folder's entries, read once: looking each path up from the
 * root would parse the clauses folder's tree (thousands of entries) again for every clause file read.
 */
final class CommitFiles implements ProjectFiles {
    private final Repository repository;
    private final ObjectId tree;
    private final Map<String, Map<String, ObjectId>> folders = new ConcurrentHashMap<>();

    CommitFiles(Repository repository, ObjectId tree) {
        this.repository = repository;
        this.tree = tree;
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        if (path == null || path.isEmpty() || !VersionedPaths.isVisible(path)) {
            return Optional.empty();
        }
        int slash = path.lastIndexOf('/');
        if (slash > 0) {
            ObjectId blob = entries(path.substring(0, slash)).get(path.substring(slash + 1));
            if (blob == null) {
                return Optional.empty();
            }
            try (ObjectReader reader = repository.newObjectReader()) {
                return Optional.of(reader.open(blob, Constants.OBJ_BLOB).getBytes());
            }
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

    /** The files directly in {@code folder}, by name; empty when there is no such folder. */
    private Map<String, ObjectId> entries(String folder) throws IOException {
        Map<String, ObjectId> known = folders.get(folder);
        if (known != null) {
            return known;
        }
        Map<String, ObjectId> files = new HashMap<>();
        try (ObjectReader reader = repository.newObjectReader()) {
            ObjectId subtree = subtree(reader, folder);
            if (subtree != null) {
                for (CanonicalTreeParser entry = new CanonicalTreeParser(null, reader, subtree); !entry.eof();
                     entry.next()) {
                    if (isFile(entry.getEntryRawMode())) {
                        files.put(entry.getEntryPathString(), entry.getEntryObjectId());
                    }
                }
            }
        }
        folders.put(folder, files);
        return files;
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
