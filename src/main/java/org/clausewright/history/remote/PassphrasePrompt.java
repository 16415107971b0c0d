package org.clausewright.history.remote;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Asks the member for the passphrase of an ssh private key: on the terminal, or in a dialog. The answer is used
 * for one operation and never kept in the project or on disk.
 */
@FunctionalInterface
public interface PassphrasePrompt {
    /** Nobody to ask: a key with a passphrase cannot be used, and the failure says how to use the agent instead. */
    PassphrasePrompt NONE = key -> Optional.empty();

    /** @return the passphrase of the key in {@code key}; empty when there is nobody to ask or the member cancelled */
    Optional<char[]> ask(Path key);
}
