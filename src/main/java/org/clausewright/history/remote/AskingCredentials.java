package org.clausewright.history.remote;

import java.io.IOException;
import java.util.Optional;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;

/**
 * Gives JGit a server's login: the one kept the way git keeps them, else the member's answer. The member is asked
 * at most once an operation; a kept login that the server refuses is forgotten and the member asked instead.
 * After the operation {@link #settle} keeps a login the server accepted.
 */
final class AskingCredentials extends CredentialsProvider {
    private final CredentialStore store;
    private final CredentialPrompt prompt;
    private URIish server;
    private Login given;
    private boolean fromStore;
    private boolean asked;
    private boolean refused;
    private IOException storeFailure;

    AskingCredentials(CredentialStore store, CredentialPrompt prompt) {
        this.store = store;
        this.prompt = prompt;
    }

    @Override
    public boolean isInteractive() {
        return false;
    }

    @Override
    public boolean supports(CredentialItem... items) {
        // a server's login is a user name with a password; a key's passphrase alone is not asked for here
        boolean user = false;
        for (CredentialItem item : items) {
            user |= item instanceof CredentialItem.Username;
        }
        if (!user) {
            return false;
        }
        for (CredentialItem item : items) {
            if (!(item instanceof CredentialItem.Username) && !(item instanceof CredentialItem.Password)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean get(URIish uri, CredentialItem... items) {
        if (!supports(items)) {
            return false;
        }
        server = uri;
        Optional<Login> login;
        try {
            if (given == null) {
                login = store.fill(uri);
                fromStore = login.isPresent();
                if (login.isEmpty()) {
                    login = ask(uri);
                }
            } else if (!refused) {
                login = Optional.of(given); // the next connection of the same operation (a push after a fetch)
            } else if (fromStore && !asked) {
                store.reject(uri, given); // the server refused what was kept: forget it, and ask
                fromStore = false;
                refused = false;
                login = ask(uri);
            } else {
                return false; // the member's answer was refused: the operation fails, once
            }
        } catch (IOException e) {
            storeFailure = e;
            return false;
        }
        if (login.isEmpty()) {
            return false;
        }
        given = login.get();
        for (CredentialItem item : items) {
            if (item instanceof CredentialItem.Username user) {
                user.setValue(given.user());
            } else if (item instanceof CredentialItem.Password password) {
                password.setValue(given.password().toCharArray());
            }
        }
        return true;
    }

    /** JGit says so when the server refused what {@link #get} gave. */
    @Override
    public void reset(URIish uri) {
        refused = true;
    }

    private Optional<Login> ask(URIish uri) {
        asked = true;
        String address = uri.getScheme() + "://" + GitCredentialHelper.host(uri);
        return prompt.ask(address, uri.getUser());
    }

    /** Whether the member was asked, or a kept login was read, during the operation. */
    boolean used() {
        return given != null;
    }

    /** A failure of the password store itself (git credential failing), if one got in the way. */
    Optional<IOException> storeFailure() {
        return Optional.ofNullable(storeFailure);
    }

    /** Keeps the login the server accepted; called once the operation succeeded. */
    void settle() throws IOException {
        if (given != null && !fromStore) {
            store.approve(server, given);
        }
    }
}
