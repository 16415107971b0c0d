package org.clausewright.history;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Which of a run of versions last changed each file, each version compared with the one before it. One JGit
 * tree walk goes through all the versions' trees side by side, limited to the paths looked at: a folder or
 * file that is the same in every version is passed over whole, and each tree is read once (comparing the
 * versions pair by pair reads each twice). Commits are not read: the caller gives the root trees.
 */
final class LatestChanges {
    private LatestChanges() {
    }

    /**
     * @param roots the root trees, oldest first
     * @param paths the files or folders to look at, project-relative
     * @return for each file under {@code paths} that some root changed, the index in {@code roots} of the
     *         latest root that changed it (never 0)
     */
    static Map<String, Integer> of(ObjectReader reader, List<ObjectId> roots, List<String> paths)
            throws IOException {
        Map<String, Integer> latest = new HashMap<>();
        if (paths.isEmpty() || roots.size() < 2) {
            return latest;
        }
        try (TreeWalk walk = new TreeWalk(reader)) {
            for (ObjectId root : roots) {
                walk.addTree(root);
            }
            walk.setRecursive(true);
            walk.setFilter(AndTreeFilter.create(PathFilterGroup.createFromStrings(paths), TreeFilter.ANY_DIFF));
            while (walk.next()) {
                if (VersionedPaths.isVisible(walk.getPathString())) {
                    int version = latestChange(walk, roots.size());
                    if (version > 0) {
                        latest.put(walk.getPathString(), version);
                    }
                }
            }
        }
        return latest;
    }

    /** The last tree in which the walk's current entry differs from the tree before, as a file; 0 if none. */
    private static int latestChange(TreeWalk walk, int trees) {
        for (int i = trees - 1; i > 0; i--) {
            int before = walk.getRawMode(i - 1);
            int after = walk.getRawMode(i);
            boolean file = CommitFiles.isFile(before) || CommitFiles.isFile(after);
            if (file && (before != after || !walk.idEqual(i - 1, i))) {
                return i;
            }
        }
        return 0;
    }
}
