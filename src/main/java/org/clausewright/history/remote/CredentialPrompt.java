package org.clausewright.history.remote;

import java.util.Optional;

/** Asks the member for a server's user name and password or token: on the terminal, or in a dialog. */
@FunctionalInterface
public interface CredentialPrompt {
    /** Nobody to ask: a server that wants a password refuses the operation. */
    CredentialPrompt NONE = (server, user) -> Optional.empty();

    /**
     * @param server the address asked about, such as {@code https://git.example.org}
     * @param user   the user name the address names, or null
     * @return the answer, or empty when the member gave none
     */
    Optional<Login> ask(String server, String user);
}
