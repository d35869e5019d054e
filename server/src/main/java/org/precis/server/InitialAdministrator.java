package org.precis.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.precis.store.users.NewUserCredentials;
import org.precis.store.users.Role;
import org.precis.store.users.Users;

/**
 * The first administrator of a store with no users: created with a generated password written
 * once to {@code DATA_DIR/initial-admin-password} (readable by its owner only), never printed, so
 * that it does not end up in a terminal log. An existing file is never overwritten.
 */
public final class InitialAdministrator {
    public static final String NAME = "admin";
    public static final String FILE = "initial-admin-password";

    private InitialAdministrator() {}

    /** Creates the administrator when the store has no user; returns the password file if it did. */
    public static Optional<Path> ensure(Users users, Path dataDir) throws IOException {
        if (!users.none()) {
            return Optional.empty();
        }
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve(FILE);
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(
                    file + ": exists but the store has no users; remove it or point --data-dir elsewhere");
        }
        NewUserCredentials admin = users.add(NAME, Role.ADMINISTRATOR);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, admin.password() + "\n", StandardCharsets.UTF_8);
        return Optional.of(file);
    }
}
