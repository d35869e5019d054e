package org.precis.store.cases;

import java.sql.Connection;
import java.sql.SQLException;
import org.precis.store.users.NotPermittedException;
import org.precis.store.users.Role;
import org.precis.store.users.User;
import org.precis.store.users.Users;

/**
 * Who acts on a case, re-read from the {@code users} table inside the transaction: a {@link User}
 * value in the caller's hands is not trusted for its role.
 */
final class Actors {
    private Actors() {}

    /** The stored user; NotPermittedException when it is not (or no longer) in the store. */
    static User current(Connection connection, User user) throws SQLException {
        return Users.reread(connection, user);
    }

    /** The stored user, who must be a pathologist to do {@code action}; NotPermittedException otherwise. */
    static User pathologist(Connection connection, User user, String action) throws SQLException {
        User current = current(connection, user);
        if (current.role() != Role.PATHOLOGIST) {
            throw new NotPermittedException(action + " needs the pathologist role; " + current.name() + " is "
                    + (current.role() == Role.ADMINISTRATOR ? "an " : "a ")
                    + current.role().label());
        }
        return current;
    }
}
