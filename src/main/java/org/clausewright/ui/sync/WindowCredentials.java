package org.clausewright.ui.sync;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import org.clausewright.history.remote.CredentialPrompt;
import org.clausewright.history.remote.Login;

/**
 * The window's answer to a server that asks for a password: JGit asks on the worker thread, the member answers
 * in a dialog on the UI thread, and the worker waits for that answer (the window stays live meanwhile).
 */
final class WindowCredentials implements CredentialPrompt {
    private final SyncDialogs dialogs;

    WindowCredentials(SyncDialogs dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public Optional<Login> ask(String server, String user) {
        if (Platform.isFxApplicationThread()) {
            return dialogs.askLogin(server, user);
        }
        CompletableFuture<Optional<Login>> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(dialogs.askLogin(server, user));
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
            throw new IllegalStateException("the password dialog failed: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
