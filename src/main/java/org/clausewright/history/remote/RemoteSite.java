package org.clausewright.history.remote;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.clausewright.history.HistoryException;
import org.clausewright.history.ProjectRepository;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteConfig;
import org.eclipse.jgit.transport.RemoteRefUpdate;

/**
 * One project's exchange with one of its remotes, for one operation: fetch its versions of the current branch,
 * compare them with ours, push ours. Not thread-safe.
 */
public final class RemoteSite implements AutoCloseable {
    private final Repository repository;
    private final Git git;
    private final String remote;
    private final String url;
    private final String branch;
    private final Connection connection;

    private RemoteSite(Repository repository, String remote, String url, RemoteAccess access) throws IOException {
        this.repository = repository;
        this.git = new Git(repository);
        this.remote = remote;
        this.url = url;
        this.branch = repository.getBranch();
        this.connection = new Connection(access, TrustedCertificates.of(repository.getConfig()));
    }

    public static RemoteSite open(Path folder, String remote, RemoteAccess access) throws HistoryException {
        Repository repository = ProjectRepository.openOrInit(folder);
        try {
            RemoteConfig config = new RemoteConfig(repository.getConfig(), remote);
            if (config.getURIs().isEmpty()) {
                throw new HistoryException("the project has no remote named \"" + remote + "\""
                        + Remotes.names(new Git(repository)));
            }
            return new RemoteSite(repository, remote, config.getURIs().get(0).toString(), access);
        } catch (URISyntaxException | IOException | GitAPIException e) {
            repository.close();
            throw new HistoryException("could not read the remote \"" + remote + "\" from .git/config ("
                    + e.getMessage() + ")", e);
        } catch (HistoryException e) {
            repository.close();
            throw e;
        }
    }

    public String remote() {
        return remote;
    }

    /** The remote's address, without a password written into it. */
    public String url() {
        return Connection.shown(url);
    }

    public String branch() {
        return branch;
    }

    /** Fetches the remote's versions of our branch, then compares them with ours. */
    public Divergence fetch(TransferProgress progress) throws HistoryException {
        try {
            connection.apply(git.fetch()).setRemote(remote)
                    // every branch, as git fetches: a remote without ours yet (a new, empty one) is not an error
                    .setRefSpecs(new RefSpec("+" + Constants.R_HEADS + "*:" + Constants.R_REMOTES + remote + "/*"))
                    .setRemoveDeletedRefs(true)
                    .setProgressMonitor(new JGitProgress(progress))
                    .call();
            connection.succeeded();
        } catch (GitAPIException | RuntimeException e) {
            throw connection.failure(url, e);
        }
        connection.keepTrust(repository.getConfig());
        return compare();
    }

    /** Ours against the remote's as last fetched. */
    public Divergence compare() throws HistoryException {
        try {
            return Branches.compare(repository, repository.resolve(Constants.HEAD), repository.resolve(tracking()));
        } catch (IOException e) {
            throw new HistoryException("could not compare this site's versions with " + url() + "'s ("
                    + e.getMessage() + ")", e);
        }
    }

    /**
     * Sends our versions. Returns false when the remote refused because it has versions we have not fetched
     * (someone pushed meanwhile): fetch and merge, then push again.
     */
    public boolean push(TransferProgress progress) throws HistoryException {
        Iterable<PushResult> results;
        try {
            results = connection.apply(git.push()).setRemote(remote)
                    .setRefSpecs(new RefSpec(Constants.R_HEADS + branch + ":" + Constants.R_HEADS + branch))
                    .setProgressMonitor(new JGitProgress(progress))
                    .call();
            connection.succeeded();
        } catch (GitAPIException | RuntimeException e) {
            throw connection.failure(url, e);
        }
        for (PushResult result : results) {
            for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                switch (update.getStatus()) {
                    case OK, UP_TO_DATE -> {
                    }
                    case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> {
                        return false;
                    }
                    default -> throw new RemoteException(RemoteException.Reason.REJECTED, url() + " refused the"
                            + " versions sent" + (update.getMessage() == null ? "" : " (" + update.getMessage() + ")")
                            + "; nothing was changed there", null, null);
                }
            }
        }
        return true;
    }

    private String tracking() {
        return Constants.R_REMOTES + remote + "/" + branch;
    }

    @Override
    public void close() {
        connection.close();
        git.close();
        repository.close();
    }
}
