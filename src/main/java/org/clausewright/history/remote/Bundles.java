package org.clausewright.history.remote;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.clausewright.history.HistoryException;
import org.clausewright.history.ProjectRepository;
import org.eclipse.jgit.errors.MissingBundlePrerequisiteException;
import org.eclipse.jgit.errors.NotSupportedException;
import org.eclipse.jgit.errors.TransportException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectChecker;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.BundleWriter;
import org.eclipse.jgit.transport.FetchConnection;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.URIish;

/**
 * Versions carried in a file, for sites whose networks block git servers: a git bundle (what {@code git bundle}
 * writes and reads) of the versions the other site lacks.
 */
public final class Bundles {
    private static final String INCOMING = "refs/clausewright/bundle-incoming";

    private Bundles() {
    }

    /** What a bundle holds: its latest version and how many versions it carries. */
    public record Contents(String head, int versions) {
    }

    /**
     * Writes the current branch's versions since {@code since} (a commit id the other site has; null for every
     * version) into {@code file}, which appears only when complete.
     */
    public static Contents create(Path folder, Path file, String since, TransferProgress progress)
            throws HistoryException {
        try (Repository repository = ProjectRepository.openOrInit(folder); RevWalk walk = new RevWalk(repository)) {
            ObjectId headId = repository.resolve(Constants.HEAD);
            if (headId == null) {
                throw new HistoryException("the project has no recorded versions to send; record one first");
            }
            RevCommit head = walk.parseCommit(headId);
            BundleWriter writer = new BundleWriter(repository);
            writer.include(Constants.R_HEADS + repository.getBranch(), head);
            // as `git bundle create … --all` does: a site with nothing yet clones the bundle, which needs a HEAD
            writer.include(Constants.HEAD, head);
            int versions = count(walk, head, since);
            if (since != null) {
                RevCommit base = walk.parseCommit(ObjectId.fromString(since));
                if (!walk.isMergedInto(base, head)) {
                    throw new HistoryException("version " + base.abbreviate(10).name() + " is not one of the versions"
                            + " before the latest; choose a version from `clausewright log`");
                }
                if (versions == 0) {
                    throw new HistoryException("nothing to send: the latest version is " + head.abbreviate(10).name()
                            + " itself");
                }
                writer.assume(base);
            }
            write(writer, file, progress);
            return new Contents(head.name(), versions);
        } catch (IOException e) {
            throw new HistoryException("could not write the bundle " + file + " (" + e.getMessage() + ")", e);
        }
    }

    private static int count(RevWalk walk, RevCommit head, String since) throws IOException {
        walk.reset();
        walk.markStart(head);
        if (since != null) {
            walk.markUninteresting(walk.parseCommit(ObjectId.fromString(since)));
        }
        int n = 0;
        for (RevCommit ignored : walk) {
            n++;
        }
        walk.reset();
        return n;
    }

    private static void write(BundleWriter writer, Path file, TransferProgress progress) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                writer.writeBundle(new JGitProgress(progress), out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Checks the bundle and takes its versions of our branch into the repository, without changing the folder or
     * any branch. Returns the id of the bundle's latest version. A file that is not a bundle, is damaged, names
     * versions it does not hold, or builds on versions this project lacks is refused and nothing changes.
     */
    public static String fetch(Path folder, Path file, TransferProgress progress) throws HistoryException {
        if (!Files.isRegularFile(file)) {
            throw new HistoryException(file + " does not exist or is not a file");
        }
        try (Repository repository = ProjectRepository.openOrInit(folder)) {
            URIish uri = new URIish(file.toAbsolutePath().toString());
            String source = chooseBranch(repository, uri, file);
            try (Transport transport = Transport.open(repository, uri)) {
                transport.setCheckFetchedObjects(true);
                transport.setObjectChecker(new ObjectChecker());
                transport.fetch(new JGitProgress(progress), List.of(new RefSpec("+" + source + ":" + INCOMING)));
            }
            ObjectId head = repository.resolve(INCOMING);
            RefUpdate delete = repository.updateRef(INCOMING);
            delete.setForceUpdate(true);
            delete.delete();
            return head.name();
        } catch (NotSupportedException | TransportException e) {
            if (missingPrerequisite(e)) {
                throw new HistoryException(file + " builds on versions this project does not have; ask for a"
                        + " bundle made --since a version you have; nothing was changed", e);
            }
            throw new HistoryException(file + " is not a readable bundle of versions (" + e.getMessage()
                    + "); ask for it again; nothing was changed", e);
        } catch (URISyntaxException | IOException e) {
            throw new HistoryException("could not read the bundle " + file + " (" + e.getMessage()
                    + "); nothing was changed", e);
        }
    }

    private static boolean missingPrerequisite(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MissingBundlePrerequisiteException) {
                return true;
            }
        }
        return false;
    }

    private static String chooseBranch(Repository repository, URIish uri, Path file) throws IOException,
            HistoryException {
        Map<String, Ref> refs;
        try (Transport transport = Transport.open(repository, uri); FetchConnection connection = transport.openFetch()) {
            refs = connection.getRefsMap();
        }
        String ours = Constants.R_HEADS + repository.getBranch();
        if (refs.containsKey(ours)) {
            return ours;
        }
        List<String> heads = refs.keySet().stream().filter(name -> name.startsWith(Constants.R_HEADS)
                && Repository.isValidRefName(name)).toList();
        if (heads.size() == 1) {
            return heads.get(0);
        }
        throw new HistoryException(file + " holds " + (heads.isEmpty() ? "no line of versions"
                : "several lines of versions (" + String.join(", ", heads) + ") and none is "
                + repository.getBranch()) + "; nothing was changed");
    }
}
