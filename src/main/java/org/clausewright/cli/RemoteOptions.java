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
 * how to ask for a password, and what to do with an unknown host key: refuse it with its fingerprint, unless the
 * member accepts exactly that fingerprint (with --accept-host-key, or by answering yes on the terminal).
 */
final class RemoteOptions {
    @Option(names = "--accept-host-key", paramLabel = "SHA256:…",
            description = "Accept an ssh server's key not yet in ~/.ssh/known_hosts, if its fingerprint is this one"
                    + " (as the refusal printed it), and add it there.")
    String acceptedHostKey;

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
        try {
            return operation.run(access);
        } catch (RemoteException e) {
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

    private static boolean yes(String answer) {
        return answer != null && answer.strip().toLowerCase(Locale.ROOT).matches("y|yes");
    }

    private static Path home(Map<String, String> env) {
        String home = env.get("HOME");
        return Path.of(home == null || home.isBlank() ? System.getProperty("user.home") : home);
    }
}
