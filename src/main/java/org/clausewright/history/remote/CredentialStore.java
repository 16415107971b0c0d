package org.clausewright.history.remote;

import java.io.IOException;
import java.util.Optional;
import org.eclipse.jgit.transport.URIish;

/** Where passwords are kept between operations, the way git keeps them: never in the project. */
interface CredentialStore {
    Optional<Login> fill(URIish server) throws IOException;

    /** Keeps a login that the server accepted. */
    void approve(URIish server, Login login) throws IOException;

    /** Forgets a login that the server refused. */
    void reject(URIish server, Login login) throws IOException;

    static CredentialStore of(RemoteAccess access) {
        return access.git().<CredentialStore>map(git -> new GitCredentialHelper(git, access.home()))
                .orElseGet(() -> new GitCredentialsFile(access.home().resolve(".git-credentials")));
    }
}
