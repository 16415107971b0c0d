package org.clausewright.history.remote;

import java.util.Objects;

/** A user name and its password or access token for one server. */
public record Login(String user, String password) {
    public Login {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "Login[" + user + "]";
    }
}
