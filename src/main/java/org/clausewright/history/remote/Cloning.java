package org.clausewright.history.remote;

import java.io.IOException;
import java.nio.file.Path;
import org.clausewright.history.HistoryException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.api.CreateBranchCommand;
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
        try (Connection connection = new Connection(access, Set.of())) {
            try (Git git = connection.apply(Git.cloneRepository()).setURI(address).setDirectory(folder.toFile())
                    .setRemote(Constants.DEFAULT_REMOTE_NAME).setNoCheckout(true)
                    .setBranch(branchToClone(connection, address))
                    .setProgressMonitor(new JGitProgress(progress)).call()) {
                connection.succeeded();
                // the store writes \n: a member's global autocrlf must not rewrite the files, as in a new project
                StoredConfig config = git.getRepository().getConfig();
                config.setBoolean(ConfigConstants.CONFIG_CORE_SECTION, null, ConfigConstants.CONFIG_KEY_AUTOCRLF,
                        false);
                config.save();
                connection.keepTrust(config);
                if (git.getRepository().resolve(Constants.HEAD) != null) {
                    git.checkout().setName(git.getRepository().getBranch()).call();
                } else {
                    checkOutTheBranchSent(git, address);
                }
            } catch (GitAPIException | RuntimeException e) {
                throw connection.failure(address, e);
            } catch (IOException e) {
                throw new HistoryException("could not write the copy of " + Connection.shown(address) + " in "
                        + folder + " (" + e.getMessage() + ")", e);
            }
        }
    }

    /**
     * HEAD, as git clones; but a bare repository made with `git init --bare` names "master" as its HEAD whatever
     * the sites pushed, and JGit refuses to clone a HEAD that names nothing: then the branch the sites sent ("main",
     * or the only one there is).
     */
    private static String branchToClone(Connection connection, String address) throws GitAPIException {
        Collection<Ref> refs = connection.apply(Git.lsRemoteRepository()).setRemote(address).call();
        if (refs.stream().anyMatch(ref -> ref.getName().equals(Constants.HEAD))) {
            return Constants.HEAD;
        }
        List<String> branches = refs.stream().map(Ref::getName).filter(n -> n.startsWith(Constants.R_HEADS)).toList();
        String main = Constants.R_HEADS + "main";
        return branches.contains(main) ? main : branches.size() == 1 ? branches.get(0) : Constants.HEAD;
    }

    /**
     * A bare repository made with `git init --bare` names "master" as its HEAD whatever was pushed to it; the
     * branch the sites sent ("main", or the only one there is) is the project.
     */
    private static void checkOutTheBranchSent(Git git, String address) throws IOException, GitAPIException,
            HistoryException {
        String prefix = Constants.R_REMOTES + Constants.DEFAULT_REMOTE_NAME + "/";
        List<String> branches = git.getRepository().getRefDatabase().getRefsByPrefix(prefix).stream()
                .map(ref -> ref.getName().substring(prefix.length())).filter(name -> !name.equals(Constants.HEAD))
                .toList();
        String branch = branches.contains("main") ? "main" : branches.size() == 1 ? branches.get(0) : null;
        if (branch == null) {
            throw new HistoryException(Connection.shown(address) + (branches.isEmpty()
                    ? " has no versions yet: nothing to copy; make the project with `clausewright new`, add the"
                    + " remote and sync to send it there"
                    : " has several lines of versions (" + String.join(", ", branches) + ") and none is named"
                    + " main: nothing was copied"));
        }
        git.checkout().setCreateBranch(true).setName(branch).setStartPoint(prefix + branch)
                .setUpstreamMode(CreateBranchCommand.SetupUpstreamMode.TRACK).call();
    }
}
