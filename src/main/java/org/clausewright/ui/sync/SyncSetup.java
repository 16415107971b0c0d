package org.clausewright.ui.sync;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.clausewright.history.remote.RemoteAccess;
import org.clausewright.ui.Messages;

/**
 * What the window's sync needs from outside it: its dialogs, the member's home (~/.ssh, ~/.git-credentials), the
 * git program whose credential helpers keep passwords, and the ssh agent's socket (null: none). Tests give a home
 * of their own and answer the dialogs.
 */
public record SyncSetup(BiFunction<Messages, Supplier<Window>, SyncDialogs> dialogs, Path home,
                        Optional<Path> git, String agentSocket) {
    /** No ssh agent. */
    public SyncSetup(BiFunction<Messages, Supplier<Window>, SyncDialogs> dialogs, Path home, Optional<Path> git) {
        this(dialogs, home, git, null);
    }

    /** The member's own account, as the command line uses it: SSH_AUTH_SOCK names the login session's agent. */
    public static SyncSetup system() {
        return new SyncSetup(FxSyncDialogs::new, Path.of(System.getProperty("user.home")),
                RemoteAccess.gitOnPath(System.getenv("PATH")), System.getenv("SSH_AUTH_SOCK"));
    }
}
