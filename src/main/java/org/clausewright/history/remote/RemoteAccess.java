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
 * @param agentSocket     the ssh agent's socket (SSH_AUTH_SOCK), or null: no agent, unless ~/.ssh/config names one
 *                        (IdentityAgent)
 * @param passphrases     who to ask for the passphrase of an ssh key that has one
 * @param trustedCertificate the SHA-256 fingerprint of an https server's certificate that the member has just
 *                        trusted for this repository ({@code AB:CD:…}, as {@link CertificateRefusal} shows it), or
 *                        null
 */
public record RemoteAccess(Path home, CredentialPrompt prompt, String acceptedHostKey, Optional<Path> git,
                           String agentSocket, PassphrasePrompt passphrases, String trustedCertificate) {
    public RemoteAccess {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(git, "git");
        Objects.requireNonNull(passphrases, "passphrases");
    }

    /** No agent, nobody to ask for a key's passphrase, no certificate trusted beyond the system's. */
    public RemoteAccess(Path home, CredentialPrompt prompt, String acceptedHostKey, Optional<Path> git) {
        this(home, prompt, acceptedHostKey, git, null, PassphrasePrompt.NONE, null);
    }

    /** The ssh agent listening on {@code socket} (SSH_AUTH_SOCK's value), or none when it is null or blank. */
    public RemoteAccess withAgent(String socket) {
        return new RemoteAccess(home, prompt, acceptedHostKey, git, socket == null || socket.isBlank() ? null : socket,
                passphrases, trustedCertificate);
    }

    public RemoteAccess withPassphrases(PassphrasePrompt prompt) {
        return new RemoteAccess(home, this.prompt, acceptedHostKey, git, agentSocket, prompt, trustedCertificate);
    }

    /** Trusts, for the repository reached, the https certificate with this SHA-256 fingerprint. */
    public RemoteAccess trustingCertificate(String fingerprint) {
        return new RemoteAccess(home, prompt, acceptedHostKey, git, agentSocket, passphrases, fingerprint);
    }

    public Path sshFolder() {
        return home.resolve(".ssh");
    }

    public RemoteAccess acceptingHostKey(String fingerprint) {
        return new RemoteAccess(home, prompt, fingerprint, git, agentSocket, passphrases, trustedCertificate);
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
