package org.clausewright.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Which version gave each file its content in a later version, found along the history's parent → child
 * edges, as {@code git log} finds it with its default simplification: going back from the later version, a
 * version whose file is the same as in one of its parents took it from that parent (the first such one), and
 * the search goes on there; a version whose file differs from every parent's made the change. So a clause
 * changed only on another site's line of work is credited to the version there that changed it, and a merge
 * is credited only with what it changed itself.
 *
 * <p>The versions between the two are found by JGit's {@link RevWalk} (those reachable from the later one and
 * not from the earlier). Their trees, their parents' and the earlier version's are then walked side by side in
 * one JGit {@link TreeWalk}, limited to the paths asked about and to entries that differ somewhere
 * ({@link TreeFilter#ANY_DIFF}): a folder or file the same in every version is passed over whole and each tree
 * is read once; for each entry that differs, the parent edges are followed by comparing the entries' modes and
 * object ids.
 */
final class ChangeOrigins {
    private ChangeOrigins() {
    }

    /**
     * @param paths the files or folders to look at, project-relative
     * @return for each file under {@code paths} that some version between {@code from} and {@code to} changed,
     *         or that differs between the two: the version that made its content at {@code to}, or empty when
     *         none of the versions between made it (a merge that kept the other side's older content, or
     *         {@code to} older than {@code from}); in path order
     */
    static Map<String, Optional<RevCommit>> of(Repository repository, ObjectId from, ObjectId to, List<String> paths)
            throws IOException {
        Map<String, Optional<RevCommit>> origins = new LinkedHashMap<>();
        if (paths.isEmpty()) {
            return origins;
        }
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit earlier = walk.parseCommit(from);
            RevCommit later = walk.parseCommit(to);
            walk.sort(RevSort.TOPO);
            walk.markStart(later);
            walk.markUninteresting(earlier);
            List<RevCommit> between = new ArrayList<>();
            for (RevCommit commit : walk) {
                between.add(commit);
            }
            Graph graph = new Graph(walk, earlier, later, between);
            try (TreeWalk trees = new TreeWalk(repository)) {
                for (RevCommit commit : graph.commits) {
                    trees.addTree(commit.getTree());
                }
                trees.setRecursive(true);
                trees.setFilter(AndTreeFilter.create(PathFilterGroup.createFromStrings(paths), TreeFilter.ANY_DIFF));
                while (trees.next()) {
                    String path = trees.getPathString();
                    if (!VersionedPaths.isVisible(path)) {
                        continue;
                    }
                    int origin = graph.origin(trees);
                    if (origin >= 0) {
                        origins.put(path, Optional.of(graph.commits.get(origin)));
                    } else if (differ(trees, Graph.FROM, Graph.TO)) {
                        origins.put(path, Optional.empty());
                    }
                }
            }
        }
        return origins;
    }

    /** Whether the walk's current entry differs as a file between two of its trees. */
    private static boolean differ(TreeWalk trees, int a, int b) {
        int modeA = trees.getRawMode(a);
        int modeB = trees.getRawMode(b);
        if (!CommitFiles.isFile(modeA) && !CommitFiles.isFile(modeB)) {
            return false;
        }
        return modeA != modeB || !trees.idEqual(a, b);
    }

    /** The commits whose trees are walked, by index, and the parent edges between those in range. */
    private static final class Graph {
        static final int FROM = 0;
        static final int TO = 1;

        final List<RevCommit> commits = new ArrayList<>();
        private final Map<ObjectId, Integer> index = new HashMap<>();
        /** For a commit between the two versions, its parents' indices; null for the others. */
        private final List<int[]> parents = new ArrayList<>();

        Graph(RevWalk walk, RevCommit earlier, RevCommit later, List<RevCommit> between) throws IOException {
            add(walk, earlier);
            if (add(walk, later) != TO) {
                // the same version twice: keep index TO meaning the later one
                commits.add(later);
                parents.add(null);
            }
            for (RevCommit commit : between) {
                add(walk, commit);
            }
            for (RevCommit commit : between) {
                int[] edges = new int[commit.getParentCount()];
                for (int i = 0; i < edges.length; i++) {
                    edges[i] = add(walk, commit.getParent(i));
                }
                parents.set(index.get(commit), edges);
            }
        }

        private int add(RevWalk walk, RevCommit commit) throws IOException {
            Integer known = index.get(commit);
            if (known != null) {
                return known;
            }
            walk.parseHeaders(commit);
            commits.add(commit);
            parents.add(null);
            index.put(commit.copy(), commits.size() - 1);
            return commits.size() - 1;
        }

        /**
         * Follows the current entry back from the later version through the parents it is the same as; returns
         * the index of the version that made it, or -1 when the search leaves the versions in between.
         */
        int origin(TreeWalk trees) {
            int at = TO;
            while (parents.get(at) != null) {
                int[] edges = parents.get(at);
                int same = -1;
                for (int parent : edges) {
                    if (!differ(trees, at, parent)) {
                        same = parent;
                        break;
                    }
                }
                if (same < 0) {
                    // a first version made the file if it has one
                    return edges.length > 0 || CommitFiles.isFile(trees.getRawMode(at)) ? at : -1;
                }
                at = same;
            }
            return -1;
        }
    }
}
