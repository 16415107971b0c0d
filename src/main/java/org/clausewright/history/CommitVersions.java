package org.clausewright.history;

import java.util.List;
import org.eclipse.jgit.revwalk.RevCommit;

/** A commit read by another part of the history (a fetch, a bundle) as the version it records. */
public final class CommitVersions {
    private CommitVersions() {
    }

    public static Version of(RevCommit commit) {
        return VersionLog.toVersion(commit, List.of());
    }
}
