package org.clausewright.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/** Which project files differ between two trees, or between a tree and the folder. */
final class Comparison {
    private Comparison() {
    }

    /**
     * Unchanged subtrees are skipped whole and no file content is read: git trees already carry the
     * id of every file, so a changed entry is found by comparing ids.
     */
    static List<PathChange> between(Repository repository, ObjectId from, ObjectId to) throws IOException {
        List<PathChange> changes = new ArrayList<>();
        try (ObjectReader reader = repository.newObjectReader(); TreeWalk walk = new TreeWalk(reader)) {
            walk.addTree(from);
            walk.addTree(to);
            walk.setRecursive(true);
            walk.setFilter(TreeFilter.ANY_DIFF);
            while (walk.next()) {
                add(changes, walk.getPathString(), CommitFiles.isFile(walk.getRawMode(0)),
                        CommitFiles.isFile(walk.getRawMode(1)), false);
            }
        }
        return changes;
    }

    /**
     * The comparison with the folder as JGit's working-tree walk makes it (what {@code git status} does):
     * every file in the folder is looked at, but a file whose size and time match its index entry is taken to
     * have the indexed content, so only files changed since the last recording are read and hashed. Ignore
     * rules, attributes, line-end settings, links and nested repositories are JGit's business. Only project
     * files are compared: the others are never recorded.
     */
    static List<PathChange> withFolder(Repository repository, ObjectId tree, boolean folderIsNewer)
            throws IOException {
        List<PathChange> changes = new ArrayList<>();
        try (ObjectReader reader = repository.newObjectReader(); TreeWalk walk = new TreeWalk(repository, reader)) {
            walk.setRecursive(true);
            walk.addTree(tree);
            int index = walk.addTree(new DirCacheIterator(repository.readDirCache()));
            FileTreeIterator files = new FileTreeIterator(repository);
            files.setDirCacheIterator(walk, index);
            int folder = walk.addTree(files);
            while (walk.next()) {
                WorkingTreeIterator file = walk.getTree(folder, WorkingTreeIterator.class);
                boolean inVersion = CommitFiles.isFile(walk.getRawMode(0));
                // ignore rules apply to files not versioned yet, as in git status and in recording
                boolean inFolder = file != null && CommitFiles.isFile(walk.getRawMode(folder))
                        && (walk.getTree(index, DirCacheIterator.class) != null || !file.isEntryIgnored());
                // a file as recorded is passed over before its path is spelled out: most of the folder's files
                if (inVersion && inFolder && walk.idEqual(0, folder)) {
                    continue;
                }
                String path = walk.getPathString();
                if (!VersionedPaths.isProjectFile(path)) {
                    // recording leaves other files as they are: they are not unrecorded changes of the project
                    continue;
                }
                add(changes, path, inVersion, inFolder, !folderIsNewer);
            }
        }
        return changes;
    }

    private static void add(List<PathChange> changes, String path, boolean before, boolean after, boolean swap) {
        if (!VersionedPaths.isVisible(path) || (!before && !after)) {
            return;
        }
        if (swap) {
            boolean b = before;
            before = after;
            after = b;
        }
        PathChange.Kind kind = !before ? PathChange.Kind.ADDED
                : !after ? PathChange.Kind.DELETED : PathChange.Kind.MODIFIED;
        changes.add(new PathChange(path, kind));
    }
}
