package org.precis.store.users;

import java.util.Objects;

/** A user just added and the password generated for them: shown once, stored only as a hash. */
public record NewUserCredentials(User user, String password) {
    public NewUserCredentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    /** Never the password. */
    @Override
    public String toString() {
        return "NewUserCredentials[user=" + user + ", password=***]";
    }
}
