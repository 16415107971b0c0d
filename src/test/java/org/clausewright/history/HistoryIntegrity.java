package org.clausewright.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectChecker;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.ObjectWalk;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * What {@code git fsck} checks, through JGit: every object reachable from a ref or the index is present and
 * well formed (ObjectChecker), and the index can be read. Returns the problems found; none for a sound history.
 */
public final class HistoryIntegrity {
    private HistoryIntegrity() {
    }

    public static List<String> problems(Path folder) throws IOException {
        List<String> problems = new ArrayList<>();
        try (Repository repository = new FileRepositoryBuilder().setWorkTree(folder.toFile()).setMustExist(true).build();
             ObjectReader reader = repository.newObjectReader();
             ObjectWalk walk = new ObjectWalk(reader)) {
            ObjectChecker checker = new ObjectChecker();
            for (Ref ref : repository.getRefDatabase().getRefs()) {
                if (ref.getObjectId() == null) {
                    problems.add(ref.getName() + " points nowhere");
                    continue;
                }
                try {
                    walk.markStart(walk.parseAny(ref.getObjectId()));
                } catch (IOException e) {
                    problems.add(ref.getName() + ": " + e.getMessage());
                }
            }
            try {
                for (RevCommit commit = walk.next(); commit != null; commit = walk.next()) {
                    check(reader, checker, commit, problems);
                }
                for (RevObject object = walk.nextObject(); object != null; object = walk.nextObject()) {
                    check(reader, checker, object, problems);
                }
            } catch (IOException e) {
                problems.add("walking the history: " + e.getMessage());
            }
            try {
                DirCache index = repository.readDirCache();
                for (int i = 0; i < index.getEntryCount(); i++) {
                    ObjectId blob = index.getEntry(i).getObjectId();
                    if (!reader.has(blob, Constants.OBJ_BLOB)) {
                        problems.add("the index names a missing file content " + blob.name());
                    }
                }
            } catch (IOException e) {
                problems.add("the index: " + e.getMessage());
            }
        }
        return problems;
    }

    private static void check(ObjectReader reader, ObjectChecker checker, AnyObjectId id, List<String> problems) {
        try {
            ObjectLoader loader = reader.open(id);
            checker.check(id, loader.getType(), loader.getCachedBytes());
        } catch (IOException e) {
            problems.add(id.name() + ": " + e.getMessage());
        }
    }
}
