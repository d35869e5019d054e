package org.precis.store.users;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.precis.io.file.FileSha256;
import org.precis.store.sql.Columns;
import org.precis.store.sql.Database;

/**
 * The workstation's users: names and roles, Argon2id password hashes, and API tokens (random, kept
 * only as their SHA-256, shown once when issued). Thread-safe.
 *
 * <p>Authentication does not tell a wrong name from a wrong password by its timing: an unknown
 * name is hashed against a stand-in hash of the same cost.
 */
public final class Users {
    /** A user name: 1 to 64 letters, digits, dots, underscores or hyphens. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** Length of a generated password; 24 of 57 unambiguous characters carry about 140 bits. */
    public static final int GENERATED_PASSWORD_LENGTH = 24;

    /** Bounds on a password set by hand. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    public static final int MAX_PASSWORD_LENGTH = 1024;

    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int TOKEN_BYTES = 32;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final String COLUMNS = "id, name, role, created";

    private final Database database;
    private final SecureRandom random;
    private final Argon2idHasher hasher;
    private final Object standInLock = new Object();
    private String standInHash;

    public Users(Database database, SecureRandom random, PasswordHashing hashing) {
        this.database = database;
        this.random = random;
        this.hasher = new Argon2idHasher(hashing, random);
    }

    /**
     * Adds a user with a generated password, returned once. IllegalArgumentException for a bad or
     * taken name.
     */
    public NewUserCredentials add(String name, Role role) {
        requireName(name);
        if (role == null) {
            throw new IllegalArgumentException("a user needs a role");
        }
        char[] password = generatePassword();
        String hash = hasher.hash(password);
        Instant created = database.now();
        User user = database.transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO users (name, role, password_hash, created) VALUES (?, ?, ?, ?)",
                    new String[] {"id"})) {
                insert.setString(1, name);
                insert.setString(2, role.name());
                insert.setString(3, hash);
                Columns.setInstant(insert, 4, created);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return new User(keys.getLong(1), name, role, created);
                }
            } catch (SQLException e) {
                if (Database.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw new IllegalArgumentException("user " + name + " already exists");
                }
                throw e;
            }
        });
        return new NewUserCredentials(user, new String(password));
    }

    /**
     * The user whose name and password these are; empty for a wrong password, an unknown or
     * malformed name. Re-hashes the password when the hash was made with other parameters.
     */
    public Optional<User> authenticate(String name, char[] given) {
        char[] password = given == null ? new char[0] : given;
        Optional<Stored> stored = name != null && NAME.matcher(name).matches() ? stored(name) : Optional.empty();
        if (stored.isEmpty()) {
            hasher.verify(password, standInHash());
            return Optional.empty();
        }
        Stored found = stored.get();
        if (!hasher.verify(password, found.hash())) {
            return Optional.empty();
        }
        if (hasher.needsRehash(found.hash())) {
            replaceHash(found.user().id(), found.hash(), hasher.hash(password));
        }
        return Optional.of(found.user());
    }

    /** Sets a user's password (12 to 1024 characters). NoSuchElementException for an unknown user. */
    public void setPassword(String name, char[] password) {
        requireName(name);
        if (password == null || password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
            throw new IllegalArgumentException(
                    "a password needs " + MIN_PASSWORD_LENGTH + " to " + MAX_PASSWORD_LENGTH + " characters");
        }
        String hash = hasher.hash(password);
        int updated = database.transaction(connection -> {
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE users SET password_hash = ? WHERE name = ?")) {
                update.setString(1, hash);
                update.setString(2, name);
                return update.executeUpdate();
            }
        });
        if (updated == 0) {
            throw unknown(name);
        }
    }

    /**
     * A new API token for the user (32 random bytes, base64url): returned once, stored only as its
     * SHA-256. NoSuchElementException for an unknown user.
     */
    public String issueToken(String name) {
        User user = find(name).orElseThrow(() -> unknown(name));
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant created = database.now();
        database.transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO api_tokens (token_sha256, user_id, created) VALUES (?, ?, ?)")) {
                insert.setString(1, sha256(token));
                insert.setLong(2, user.id());
                Columns.setInstant(insert, 3, created);
                return insert.executeUpdate();
            }
        });
        return token;
    }

    /** The user a token was issued to, while it is not revoked; empty otherwise. */
    public Optional<User> authenticateToken(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        String hash = sha256(token);
        return database.transaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT u.id, u.name, u.role, u.created"
                    + " FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_sha256 = ?")) {
                select.setString(1, hash);
                return one(select);
            }
        });
    }

    /** Revokes every token of the user; returns how many there were. NoSuchElementException for an unknown user. */
    public int revokeTokens(String name) {
        User user = find(name).orElseThrow(() -> unknown(name));
        return database.transaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM api_tokens WHERE user_id = ?")) {
                delete.setLong(1, user.id());
                return delete.executeUpdate();
            }
        });
    }

    /** Whether the store has no users yet (the server then creates the first administrator). */
    public boolean none() {
        return database.transaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM users");
                    ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1) == 0;
            }
        });
    }

    public Optional<User> find(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return database.transaction(connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT " + COLUMNS + " FROM users WHERE name = ?")) {
                select.setString(1, name);
                return one(select);
            }
        });
    }

    /** Every user, by name. */
    public List<User> list() {
        return database.transaction(connection -> {
            List<User> users = new ArrayList<>();
            try (PreparedStatement select =
                            connection.prepareStatement("SELECT " + COLUMNS + " FROM users ORDER BY name");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    users.add(user(rows));
                }
            }
            return List.copyOf(users);
        });
    }

    /**
     * {@code user} as stored now, re-read on the caller's connection inside its transaction: a
     * {@link User} value in a caller's hands is not trusted for its role. NotPermittedException
     * when it is not (or no longer) in the store.
     */
    public static User reread(Connection connection, User user) throws SQLException {
        if (user == null) {
            throw new NotPermittedException("no user given");
        }
        try (PreparedStatement select =
                connection.prepareStatement("SELECT " + COLUMNS + " FROM users WHERE id = ? AND name = ?")) {
            select.setLong(1, user.id());
            select.setString(2, user.name());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new NotPermittedException("user " + user.name() + " is not in the store");
                }
                return user(row);
            }
        }
    }

    /** Reads a user from a row with the columns id, name, role, created. */
    public static User user(ResultSet row) throws SQLException {
        return new User(
                row.getLong("id"),
                row.getString("name"),
                Role.valueOf(row.getString("role")),
                Columns.instant(row, "created"));
    }

    private record Stored(User user, String hash) {}

    private Optional<Stored> stored(String name) {
        return database.transaction(connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT " + COLUMNS + ", password_hash FROM users WHERE name = ?")) {
                select.setString(1, name);
                try (ResultSet row = select.executeQuery()) {
                    return row.next()
                            ? Optional.of(new Stored(user(row), row.getString("password_hash")))
                            : Optional.empty();
                }
            }
        });
    }

    private void replaceHash(long id, String old, String replacement) {
        database.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE users SET password_hash = ? WHERE id = ? AND password_hash = ?")) {
                update.setString(1, replacement);
                update.setLong(2, id);
                update.setString(3, old);
                return update.executeUpdate();
            }
        });
    }

    private static Optional<User> one(PreparedStatement select) throws SQLException {
        try (ResultSet row = select.executeQuery()) {
            return row.next() ? Optional.of(user(row)) : Optional.empty();
        }
    }

    /** A hash of the same cost as a real one, to verify against when the name is unknown. */
    private String standInHash() {
        synchronized (standInLock) {
            if (standInHash == null) {
                standInHash = hasher.hash(generatePassword());
            }
            return standInHash;
        }
    }

    private char[] generatePassword() {
        char[] password = new char[GENERATED_PASSWORD_LENGTH];
        for (int i = 0; i < password.length; i++) {
            password[i] = PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length()));
        }
        return password;
    }

    private static void requireName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "bad user name '" + name + "': 1 to 64 letters, digits, dots, underscores or hyphens");
        }
    }

    private static NoSuchElementException unknown(String name) {
        return new NoSuchElementException("no user " + name);
    }

    static String sha256(String token) {
        return HexFormat.of().formatHex(FileSha256.newDigest().digest(token.getBytes(StandardCharsets.UTF_8)));
    }
}
