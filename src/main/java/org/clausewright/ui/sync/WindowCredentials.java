package org.clausewright.ui.sync;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.clausewright.history.remote.CredentialPrompt;
import org.clausewright.history.remote.Login;

/**
 * The window's answer to a server that asks for a password, or to a key that needs its passphrase: JGit asks on the
 * worker thread, the member answers in a dialog on the UI thread, and the worker waits for that answer (the window
 * stays live meanwhile).
 */
final class WindowCredentials implements CredentialPrompt {
    private final SyncDialogs dialogs;

    WindowCredentials(SyncDialogs dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public Optional<Login> ask(String server, String user) {
        return onUiThread(() -> dialogs.askLogin(server, user), "the password dialog");
    }

    Optional<char[]> passphrase(Path key) {
        return onUiThread(() -> dialogs.askPassphrase(key), "the passphrase dialog");
    }

    private static <T> Optional<T> onUiThread(Supplier<Optional<T>> dialog, String what) {
        if (Platform.isFxApplicationThread()) {
            return dialog.get();
        }
        CompletableFuture<Optional<T>> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(dialog.get());
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException(what + " failed: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
