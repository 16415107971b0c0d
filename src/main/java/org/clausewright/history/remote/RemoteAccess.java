package org.clausewright.history.remote;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What reaching a remote needs from the member's account: the home folder whose {@code .ssh} holds keys,
 * {@code known_hosts} and config and whose {@code .git-credentials} or git configuration keeps passwords; who to
 * ask for a password; a host key the member has just accepted; and the git program, when there is one, whose
 * credential helpers keep passwords in the operating system's store. Tests give a home of their own, so the real
 * member's ~/.ssh is never read or written.
 *
 * @param acceptedHostKey the SHA256 fingerprint ({@code SHA256:…}) of an unknown host key to accept and add to
 *                        {@code known_hosts}, or null
 * @param git             the git program, or empty to keep passwords in {@code ~/.git-credentials} directly
 */
public record RemoteAccess(Path home, CredentialPrompt prompt, String acceptedHostKey, Optional<Path> git) {
    public RemoteAccess {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(git, "git");
    }

    public Path sshFolder() {
        return home.resolve(".ssh");
    }

    public RemoteAccess acceptingHostKey(String fingerprint) {
        return new RemoteAccess(home, prompt, fingerprint, git);
    }

    /** The git program on {@code path} (the PATH variable's value), if any. */
    public static Optional<Path> gitOnPath(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, isWindows() ? "git.exe" : "git");
            if (java.nio.file.Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }
}
