package org.precis.cli;

import java.util.NoSuchElementException;
import org.precis.store.Store;
import org.precis.store.users.User;

/** The user named by {@code --as}, looked up in the store; the store re-reads the role when it acts. */
final class ActingUser {
    private ActingUser() {}

    static User of(Store store, String name) {
        return store.users()
                .find(name)
                .orElseThrow(() -> new NoSuchElementException("--as " + name + ": there is no user of that name"));
    }
}
