package org.clausewright.history.remote;

import java.io.IOException;
import java.nio.file.Path;
import org.clausewright.history.HistoryException;
import org.clausewright.history.ProjectRepository;
import org.eclipse.jgit.dircache.DirCacheCheckout;
import org.eclipse.jgit.errors.CheckoutConflictException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Moves the folder and the current branch from one version to a later one: JGit's checkout writes the files that
 * differ (with the member's line-end and attribute settings) and refuses, changing nothing, when a file it would
 * write was changed in the folder and not recorded.
 */
public final class FastForward {
    private FastForward() {
    }

    public static void to(Path folder, String from, String to) throws HistoryException {
        try (Repository repository = ProjectRepository.openOrInit(folder); RevWalk walk = new RevWalk(repository)) {
            RevCommit target = walk.parseCommit(ObjectId.fromString(to));
            RevTree current = from == null ? null : walk.parseCommit(ObjectId.fromString(from)).getTree();
            DirCacheCheckout checkout = new DirCacheCheckout(repository, current, repository.lockDirCache(),
                    target.getTree());
            checkout.setFailOnConflict(true);
            try {
                checkout.checkout();
            } catch (CheckoutConflictException e) {
                throw new HistoryException("the versions received change files that were changed here and not"
                        + " recorded (" + String.join(", ", checkout.getConflicts()) + "); record them as a version,"
                        + " then sync again; nothing was changed", e);
            }
            RefUpdate update = repository.updateRef(Constants.HEAD);
            update.setNewObjectId(target);
            update.setExpectedOldObjectId(from == null ? ObjectId.zeroId() : ObjectId.fromString(from));
            update.setRefLogMessage("sync: fast-forward", false);
            RefUpdate.Result result = update.update();
            if (result != RefUpdate.Result.FAST_FORWARD && result != RefUpdate.Result.NEW
                    && result != RefUpdate.Result.FORCED) {
                throw new HistoryException("the files of " + target.name() + " were written, but another program"
                        + " recorded a version meanwhile (" + result + "); sync again");
            }
        } catch (IOException e) {
            throw new HistoryException("could not bring the folder " + folder + " up to the versions received ("
                    + e.getMessage() + "); check that it is writable, then sync again", e);
        }
    }
}
