package org.precis.store.models;

import java.sql.Connection;
import java.sql.SQLException;
import org.precis.store.users.NotPermittedException;
import org.precis.store.users.Role;
import org.precis.store.users.User;
import org.precis.store.users.Users;

/**
 * Who acts on the registry, re-read from the {@code users} table inside the transaction:
 * researchers and administrators register, record evaluations, promote and roll back; only an
 * administrator forces a promotion. Pathologists use production models but do not manage them.
 */
final class ModelActors {
    private ModelActors() {}

    static User steward(Connection connection, User user, String action) throws SQLException {
        User current = Users.reread(connection, user);
        if (current.role() != Role.RESEARCHER && current.role() != Role.ADMINISTRATOR) {
            throw refused(action, "the researcher or administrator role", current);
        }
        return current;
    }

    static User administrator(Connection connection, User user, String action) throws SQLException {
        User current = Users.reread(connection, user);
        if (current.role() != Role.ADMINISTRATOR) {
            throw refused(action, "the administrator role", current);
        }
        return current;
    }

    private static NotPermittedException refused(String action, String needed, User current) {
        return new NotPermittedException(action + " needs " + needed + "; " + current.name() + " is "
                + (current.role() == Role.ADMINISTRATOR ? "an " : "a ")
                + current.role().label());
    }
}
