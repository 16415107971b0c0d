package org.clausewright.history.remote;

import java.nio.file.Path;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.sshd.KeyPasswordProvider;

/**
 * The passphrases of the member's ssh keys for one operation: asked once per key (JGit's key cache keeps the
 * opened key for the rest of the operation), tried once, and forgotten. What went wrong with a key is kept for the
 * failure's message: a passphrase that is wrong, or none given.
 */
final class KeyPassphrases implements KeyPasswordProvider {
    /** Why a key with a passphrase could not be used. */
    record Refusal(Path key, boolean wrong) {
    }

    private final PassphrasePrompt prompt;
    private int attempts = 1;
    private volatile Refusal refusal;
    private volatile boolean given;

    KeyPassphrases(PassphrasePrompt prompt) {
        this.prompt = prompt;
    }

    @Override
    public char[] getPassphrase(URIish uri, int attempt) {
        Path key = key(uri);
        char[] answer = prompt.ask(key).orElse(null);
        given = answer != null;
        if (answer == null) {
            refusal = new Refusal(key, false);
        }
        return answer;
    }

    @Override
    public boolean keyLoaded(URIish uri, int attempt, Exception error) {
        if (error != null && given) {
            refusal = new Refusal(key(uri), true);
        }
        return false; // one try: a wrong passphrase fails the operation with a message, it is not asked again
    }

    @Override
    public void setAttempts(int attempts) {
        this.attempts = attempts;
    }

    @Override
    public int getAttempts() {
        return attempts;
    }

    /** The key that could not be opened, if one could not. */
    Refusal refusal() {
        return refusal;
    }

    private static Path key(URIish uri) {
        String path = uri.getPath();
        return Path.of(path != null ? path : uri.toString());
    }
}
