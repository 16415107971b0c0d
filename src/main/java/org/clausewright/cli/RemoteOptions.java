package org.clausewright.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.clausewright.history.remote.HostKeyRefusal;
import org.clausewright.history.remote.RemoteAccess;
import org.clausewright.history.remote.RemoteException;
import picocli.CommandLine.Option;

/**
 * What every command that reaches a remote shares: the member's home (for ~/.ssh and the passwords git keeps),
 * how to ask for a password or a key's passphrase, the ssh agent (SSH_AUTH_SOCK), and what to do with an unknown
 * host key or an https certificate no authority vouches for: refuse it with its fingerprint, unless the member
 * accepts exactly that fingerprint (with --accept-host-key or --trust-certificate, or by answering yes on the
 * terminal).
 */
final class RemoteOptions {
    @Option(names = "--accept-host-key", paramLabel = "SHA256:…",
            description = "Accept an ssh server's key not yet in ~/.ssh/known_hosts, if its fingerprint is this one"
                    + " (as the refusal printed it), and add it there.")
    String acceptedHostKey;

    @Option(names = "--trust-certificate", paramLabel = "AB:CD:…",
            description = "Trust, for this project, an https server's certificate that no authority this computer"
                    + " trusts vouches for, if its SHA-256 fingerprint is this one (as the refusal printed it).")
    String trustedCertificate;

    /** An operation with a remote, given how to reach it. */
    @FunctionalInterface
    interface Operation<T> {
        T run(RemoteAccess access) throws Exception;
    }

    <T> T run(ClausewrightCli cli, String command, Operation<T> operation) throws Exception {
        Map<String, String> env = cli.environment();
        Console console = cli.console();
        TerminalPrompt prompt = new TerminalPrompt(env, console);
        RemoteAccess access = new RemoteAccess(home(env), prompt, acceptedHostKey,
                RemoteAccess.gitOnPath(env.get("PATH"))).withAgent(env.get("SSH_AUTH_SOCK"))
                .withPassphrases(prompt::passphrase);
        if (trustedCertificate != null) {
            access = access.trustingCertificate(trustedCertificate);
        }
        try {
            return operation.run(access);
        } catch (RemoteException e) {
            if (e.reason() == RemoteException.Reason.CERTIFICATE_UNTRUSTED && e.certificate() != null) {
                return trustOrRefuse(e, console, command, operation, access);
            }
            HostKeyRefusal refused = e.hostKey();
            if (e.reason() != RemoteException.Reason.HOST_KEY_UNKNOWN || refused == null) {
                throw e;
            }
            if (console != null && yes(console.readLine("%s%nAccept it and add it to %s? (yes/no) ", e.getMessage(),
                    access.sshFolder().resolve("known_hosts")))) {
                return operation.run(access.acceptingHostKey(refused.fingerprint()));
            }
            throw new RemoteException(e.reason(), e.getMessage() + "; to accept it: " + command
                    + " --accept-host-key " + refused.fingerprint(), refused, e);
        }
    }

    private static <T> T trustOrRefuse(RemoteException e, Console console, String command, Operation<T> operation,
                                       RemoteAccess access) throws Exception {
        String fingerprint = e.certificate().fingerprint();
        if (console != null && yes(console.readLine("%s%nTrust this certificate for this project? (yes/no) ",
                e.getMessage()))) {
            return operation.run(access.trustingCertificate(fingerprint));
        }
        throw new RemoteException(e.reason(), e.getMessage() + "; to trust it: " + command + " --trust-certificate "
                + fingerprint, null, e.certificate(), e);
    }

    private static boolean yes(String answer) {
        return answer != null && answer.strip().toLowerCase(Locale.ROOT).matches("y|yes");
    }

    private static Path home(Map<String, String> env) {
        String home = env.get("HOME");
        return Path.of(home == null || home.isBlank() ? System.getProperty("user.home") : home);
    }
}
