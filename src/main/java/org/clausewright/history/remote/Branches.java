package org.clausewright.history.remote;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.clausewright.history.CommitVersions;
import org.clausewright.history.Version;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;

/** Compares two lines of versions as git does: by the commits each can reach, merges included. */
final class Branches {
    private Branches() {
    }

    static Divergence compare(Repository repository, ObjectId ours, ObjectId theirs) throws IOException {
        List<Version> incoming = new ArrayList<>();
        List<Version> outgoing = new ArrayList<>();
        String base = null;
        try (RevWalk walk = new RevWalk(repository)) {
            if (theirs != null) {
                incoming = only(walk, theirs, ours);
            }
            if (ours != null) {
                outgoing = only(walk, ours, theirs);
            }
            if (ours != null && theirs != null) {
                walk.reset();
                walk.setRevFilter(RevFilter.MERGE_BASE);
                walk.markStart(walk.parseCommit(ours));
                walk.markStart(walk.parseCommit(theirs));
                RevCommit common = walk.next();
                base = common == null ? null : common.name();
            }
        }
        return new Divergence(ours == null ? null : ours.name(), theirs == null ? null : theirs.name(), base,
                incoming, outgoing);
    }

    private static List<Version> only(RevWalk walk, ObjectId from, ObjectId notFrom) throws IOException {
        walk.reset();
        walk.setRevFilter(RevFilter.ALL);
        walk.markStart(walk.parseCommit(from));
        if (notFrom != null) {
            walk.markUninteresting(walk.parseCommit(notFrom));
        }
        List<Version> versions = new ArrayList<>();
        for (RevCommit commit : walk) {
            versions.add(CommitVersions.of(commit));
        }
        return versions;
    }
}
