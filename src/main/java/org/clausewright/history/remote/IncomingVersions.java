package org.clausewright.history.remote;

import java.io.IOException;
import java.nio.file.Path;
import org.clausewright.history.HistoryException;
import org.clausewright.history.ProjectRepository;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/** How versions received by other means than a remote (a bundle) stand against this site's. */
public final class IncomingVersions {
    private IncomingVersions() {
    }

    public static Divergence compare(Path folder, String theirs) throws HistoryException {
        try (Repository repository = ProjectRepository.openOrInit(folder)) {
            return Branches.compare(repository, repository.resolve(Constants.HEAD), ObjectId.fromString(theirs));
        } catch (IOException e) {
            throw new HistoryException("could not compare the versions received with this site's ("
                    + e.getMessage() + ")", e);
        }
    }
}
