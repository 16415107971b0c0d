package org.clausewright.history.remote;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.clausewright.history.HistoryException;
import org.clausewright.history.ProjectRepository;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.RemoteConfig;
import org.eclipse.jgit.transport.URIish;

/** A project's remotes, kept in its repository's config as git keeps them ({@code [remote "origin"]}). */
public final class Remotes {
    private Remotes() {
    }

    public record Remote(String name, String url) {
    }

    public static List<Remote> list(Path folder) throws HistoryException {
        try (Repository repository = ProjectRepository.openOrInit(folder); Git git = new Git(repository)) {
            return git.remoteList().call().stream()
                    .map(remote -> new Remote(remote.getName(), remote.getURIs().isEmpty() ? ""
                            : remote.getURIs().get(0).toString()))
                    .toList();
        } catch (GitAPIException e) {
            throw new HistoryException("could not read the remotes of " + folder + " from .git/config ("
                    + e.getMessage() + ")", e);
        }
    }

    /** Adds a remote; a plain path to a folder is kept absolute, so it means the same from any folder. */
    public static Remote add(Path folder, String name, String url) throws HistoryException {
        requireName(name);
        URIish uri = address(url);
        try (Repository repository = ProjectRepository.openOrInit(folder); Git git = new Git(repository)) {
            if (git.remoteList().call().stream().anyMatch(remote -> remote.getName().equals(name))) {
                throw new HistoryException("the project already has a remote named \"" + name + "\"; remove it"
                        + " first, or choose another name");
            }
            RemoteConfig added = git.remoteAdd().setName(name).setUri(uri).call();
            return new Remote(added.getName(), added.getURIs().get(0).toString());
        } catch (GitAPIException e) {
            throw new HistoryException("could not add the remote \"" + name + "\" to .git/config ("
                    + e.getMessage() + ")", e);
        }
    }

    public static void remove(Path folder, String name) throws HistoryException {
        try (Repository repository = ProjectRepository.openOrInit(folder); Git git = new Git(repository)) {
            if (git.remoteList().call().stream().noneMatch(remote -> remote.getName().equals(name))) {
                throw new HistoryException("the project has no remote named \"" + name + "\"" + names(git));
            }
            git.remoteRemove().setRemoteName(name).call();
        } catch (GitAPIException e) {
            throw new HistoryException("could not remove the remote \"" + name + "\" from .git/config ("
                    + e.getMessage() + ")", e);
        }
    }

    static String names(Git git) throws GitAPIException {
        List<String> names = git.remoteList().call().stream().map(RemoteConfig::getName).toList();
        return names.isEmpty() ? "; it has none yet (clausewright remote DIR add origin URL)"
                : "; it has " + String.join(", ", names);
    }

    static void requireName(String name) throws HistoryException {
        if (name == null || name.isBlank() || !Repository.isValidRefName("refs/remotes/" + name + "/main")
                || name.contains("/")) {
            throw new HistoryException("\"" + name + "\" cannot name a remote: use letters, digits, '-' or '_',"
                    + " such as origin");
        }
    }

    /** The address as git would take it: a URL, {@code user@host:path}, or a path (made absolute). */
    static URIish address(String url) throws HistoryException {
        if (url == null || url.isBlank()) {
            throw new HistoryException("a remote needs an address, such as https://git.example.org/committee/code.git");
        }
        try {
            URIish uri = new URIish(url.strip());
            if (uri.getScheme() == null && uri.getHost() == null) {
                Path path = Path.of(uri.getPath());
                if (Files.exists(path)) {
                    return new URIish(path.toAbsolutePath().normalize().toString());
                }
            }
            return uri;
        } catch (URISyntaxException | InvalidPathException e) {
            throw new HistoryException("\"" + url + "\" is not an address git can use: give a https://, ssh:// or"
                    + " file:// URL, user@host:path, or the path of a repository folder", e);
        }
    }
}
