package org.precis.store.users;

import java.time.Instant;
import java.util.Objects;

/** A user of the workstation, as the store knows it (never with the password hash). */
public record User(long id, String name, Role role, Instant created) {
    public User {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(created, "created");
    }
}
