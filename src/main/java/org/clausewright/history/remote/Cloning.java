package org.clausewright.history.remote;

import java.io.IOException;
import java.nio.file.Path;
import org.clausewright.history.HistoryException;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.StoredConfig;

/** A copy of a remote's repository in a new folder, its files checked out as the store writes them. */
public final class Cloning {
    private Cloning() {
    }

    /** Clones {@code url} into the empty or new folder {@code folder}, naming the remote "origin". */
    public static void into(String url, Path folder, RemoteAccess access, TransferProgress progress)
            throws HistoryException {
        String address = Remotes.address(url).toString();
        try (Connection connection = new Connection(access)) {
            try (Git git = connection.apply(Git.cloneRepository()).setURI(address).setDirectory(folder.toFile())
                    .setRemote(Constants.DEFAULT_REMOTE_NAME).setNoCheckout(true)
                    .setProgressMonitor(new JGitProgress(progress)).call()) {
                connection.succeeded();
                // the store writes \n: a member's global autocrlf must not rewrite the files, as in a new project
                StoredConfig config = git.getRepository().getConfig();
                config.setBoolean(ConfigConstants.CONFIG_CORE_SECTION, null, ConfigConstants.CONFIG_KEY_AUTOCRLF,
                        false);
                config.save();
                if (git.getRepository().resolve(Constants.HEAD) == null) {
                    throw new HistoryException(Connection.shown(address) + " has no versions yet: nothing to copy;"
                            + " make the project with `clausewright new`, add the remote and sync to send it there");
                }
                git.checkout().setName(git.getRepository().getBranch()).call();
            } catch (GitAPIException | RuntimeException e) {
                throw connection.failure(address, e);
            } catch (IOException e) {
                throw new HistoryException("could not write the copy of " + Connection.shown(address) + " in "
                        + folder + " (" + e.getMessage() + ")", e);
            }
        }
    }
}
