package org.clausewright.history;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;

/**
 * Which of a run of versions last changed each file, each version compared with the one before it. Two
 * consecutive versions of the clauses folder share almost all of their thousands of entries, so their trees
 * are compared as bytes: {@link Arrays#mismatch} jumps to the next difference and only the entries around
 * it are parsed. Every tree is read once, although it takes part in two comparisons.
 */
final class LatestChanges {
    private final ObjectReader reader;
    private final Map<String, Integer> latest = new HashMap<>();
    /**
     * Trees at hand for the comparison of the next version: those of this step's version, and from earlier
     * steps those of the looked-at paths it left unchanged. Older trees are let go.
     */
    private Map<ObjectId, byte[]> before = new HashMap<>();
    private Map<ObjectId, byte[]> now = new HashMap<>();
    private int version;

    private LatestChanges(ObjectReader reader) {
        this.reader = reader;
    }

    /**
     * @param roots the root trees, oldest first
     * @param paths the files or folders to look at, project-relative
     * @return for each file under {@code paths} that some root changed, the index in {@code roots} of the
     *         latest root that changed it (never 0)
     */
    static Map<String, Integer> of(ObjectReader reader, List<ObjectId> roots, List<String> paths)
            throws IOException {
        LatestChanges changes = new LatestChanges(reader);
        Entry[] previous = changes.entries(roots.get(0), paths);
        changes.nextStep(previous);
        for (int i = 1; i < roots.size(); i++) {
            changes.version = i;
            Entry[] current = changes.entries(roots.get(i), paths);
            for (int p = 0; p < paths.size(); p++) {
                Entry a = previous[p];
                Entry b = current[p];
                if (!a.equals(b)) {
                    changes.changed(paths.get(p), a.mode(), a.id(), b.mode(), b.id());
                }
            }
            changes.nextStep(current);
            previous = current;
        }
        return changes.latest;
    }

    private void nextStep(Entry[] current) {
        Map<ObjectId, byte[]> kept = now;
        for (Entry entry : current) {
            byte[] bytes = before.get(entry.id());
            if (bytes != null) {
                kept.putIfAbsent(entry.id(), bytes);
            }
        }
        before = kept;
        now = new HashMap<>();
    }

    /** The entries for {@code paths} in one root; mode 0 where there is none. */
    private Entry[] entries(ObjectId root, List<String> paths) throws IOException {
        Entry[] entries = new Entry[paths.size()];
        for (int p = 0; p < paths.size(); p++) {
            Entry entry = new Entry(FileMode.TYPE_TREE, root);
            for (String name : paths.get(p).split("/")) {
                byte[] tree = RawTree.isTree(entry.mode()) ? tree(entry.id()) : RawTree.EMPTY;
                int at = RawTree.find(tree, name);
                entry = at < 0 ? Entry.NONE : new Entry(RawTree.mode(tree, at), RawTree.id(tree, at));
            }
            entries[p] = entry;
        }
        return entries;
    }

    /** One path differs: a folder on either side is compared entry by entry, a file on either side counts. */
    private void changed(String path, int modeA, ObjectId idA, int modeB, ObjectId idB) throws IOException {
        boolean treeA = RawTree.isTree(modeA);
        boolean treeB = RawTree.isTree(modeB);
        if (treeA || treeB) {
            compare(treeA ? tree(idA) : RawTree.EMPTY, treeB ? tree(idB) : RawTree.EMPTY, path + "/");
        }
        if ((!treeA && CommitFiles.isFile(modeA)) || (!treeB && CommitFiles.isFile(modeB))) {
            if (VersionedPaths.isVisible(path)) {
                latest.put(path, version);
            }
        }
    }

    private void compare(byte[] a, byte[] b, String prefix) throws IOException {
        int atA = 0;
        int atB = 0;
        while (atA < a.length || atB < b.length) {
            int shared = Arrays.mismatch(a, atA, a.length, b, atB, b.length);
            if (shared < 0) {
                return;
            }
            // Step over the entries that lie wholly in the bytes both trees share.
            while (atA < a.length && RawTree.next(a, atA) - atA <= shared) {
                int length = RawTree.next(a, atA) - atA;
                shared -= length;
                atA += length;
                atB += length;
            }
            int order = atA >= a.length ? 1 : atB >= b.length ? -1 : RawTree.compare(a, atA, b, atB);
            if (order < 0) {
                changed(prefix + RawTree.name(a, atA), RawTree.mode(a, atA), RawTree.id(a, atA), 0, null);
                atA = RawTree.next(a, atA);
            } else if (order > 0) {
                changed(prefix + RawTree.name(b, atB), 0, null, RawTree.mode(b, atB), RawTree.id(b, atB));
                atB = RawTree.next(b, atB);
            } else {
                changed(prefix + RawTree.name(a, atA), RawTree.mode(a, atA), RawTree.id(a, atA),
                        RawTree.mode(b, atB), RawTree.id(b, atB));
                atA = RawTree.next(a, atA);
                atB = RawTree.next(b, atB);
            }
        }
    }

    private byte[] tree(ObjectId id) throws IOException {
        byte[] bytes = now.get(id);
        if (bytes == null) {
            bytes = before.get(id);
            if (bytes == null) {
                bytes = reader.open(id, Constants.OBJ_TREE).getCachedBytes();
            }
            now.put(id, bytes);
        }
        return bytes;
    }

    private record Entry(int mode, ObjectId id) {
        static final Entry NONE = new Entry(0, ObjectId.zeroId());
    }
}
