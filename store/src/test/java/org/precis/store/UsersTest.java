package org.precis.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.NoSuchElementException;
import org.precis.store.users.NewUserCredentials;
import org.precis.store.users.ReferenceHashes;
import org.precis.store.users.Role;
import org.precis.store.users.User;
import org.precis.store.users.Users;

class UsersTest {

    @BothStores
    void addsUsersWithGeneratedPasswordsHashedWithArgon2idAndAuthenticatesThem(Store store, StoreFixture fixture)
            throws SQLException {
        Users users = store.users();
        assertThat(users.none()).isTrue();
        NewUserCredentials alice = users.add("alice", Role.PATHOLOGIST);
        assertThat(alice.password()).hasSizeGreaterThanOrEqualTo(20).matches("[A-Za-z0-9]+");
        assertThat(alice.toString()).doesNotContain(alice.password());
        assertThat(alice.user().created())
                .isEqualTo(StoreFixture.CLOCK.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        assertThat(users.none()).isFalse();

        assertThat(users.authenticate("alice", alice.password().toCharArray())).contains(alice.user());
        assertThat(users.authenticate("alice", (alice.password() + "x").toCharArray()))
                .isEmpty();
        assertThat(users.authenticate("mallory", alice.password().toCharArray()))
                .isEmpty();
        assertThat(users.authenticate("../etc", alice.password().toCharArray())).isEmpty();

        assertThat(storedHash(fixture, "alice"))
                .matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}")
                .doesNotContain(alice.password());

        // A hash made with other parameters (by libargon2) still verifies, and is re-hashed with the current ones.
        ReferenceHashes.Entry older = ReferenceHashes.all().get(2);
        try (Connection connection = fixture.connect();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE users SET password_hash = ? WHERE name = 'alice'")) {
            update.setString(1, older.hash());
            update.executeUpdate();
        }
        assertThat(users.authenticate("alice", older.password().toCharArray())).contains(alice.user());
        assertThat(storedHash(fixture, "alice")).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(users.authenticate("alice", older.password().toCharArray())).contains(alice.user());

        users.setPassword("alice", "correct horse battery".toCharArray());
        assertThat(users.authenticate("alice", alice.password().toCharArray())).isEmpty();
        assertThat(users.authenticate("alice", "correct horse battery".toCharArray()))
                .contains(alice.user());
        assertThatThrownBy(() -> users.setPassword("alice", "short".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a password needs 12 to 1024 characters");
    }

    private static String storedHash(StoreFixture fixture, String name) throws SQLException {
        try (Connection connection = fixture.connect();
                PreparedStatement select =
                        connection.prepareStatement("SELECT password_hash FROM users WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    @BothStores
    void refusesDuplicateAndMalformedNamesAndListsUsersByName(Store store) {
        Users users = store.users();
        users.add("zoe.r", Role.RESEARCHER);
        users.add("adm_1", Role.ADMINISTRATOR);
        assertThatThrownBy(() -> users.add("zoe.r", Role.PATHOLOGIST))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("user zoe.r already exists");
        for (String bad : new String[] {"", "a b", "x".repeat(65), "bob/../root", "émile"}) {
            assertThatThrownBy(() -> users.add(bad, Role.RESEARCHER))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("bad user name '" + bad + "'");
        }
        assertThat(users.list()).extracting(User::name).containsExactly("adm_1", "zoe.r");
        assertThat(users.find("zoe.r")).map(User::role).contains(Role.RESEARCHER);
        assertThat(users.find("nobody")).isEmpty();
        assertThat(Role.parse("Pathologist")).isEqualTo(Role.PATHOLOGIST);
        assertThatThrownBy(() -> Role.parse("surgeon"))
                .hasMessage("unknown role 'surgeon': expected pathologist, researcher or administrator");
    }

    @BothStores
    void issuesTokensStoredOnlyAsTheirHashAndRevokesThem(Store store, StoreFixture fixture) throws SQLException {
        Users users = store.users();
        User bob = users.add("bob", Role.RESEARCHER).user();
        String first = users.issueToken("bob");
        String second = users.issueToken("bob");
        assertThat(first).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(second);
        assertThat(users.authenticateToken(first)).contains(bob);
        assertThat(users.authenticateToken(second)).contains(bob);
        assertThat(users.authenticateToken(first.substring(1) + "A")).isEmpty();
        assertThat(users.authenticateToken("not a token")).isEmpty();
        try (Connection connection = fixture.connect();
                ResultSet rows = connection.createStatement().executeQuery("SELECT token_sha256 FROM api_tokens")) {
            while (rows.next()) {
                assertThat(rows.getString(1)).matches("[0-9a-f]{64}").isNotIn(first, second);
            }
        }
        assertThat(users.revokeTokens("bob")).isEqualTo(2);
        assertThat(users.authenticateToken(first)).isEmpty();
        assertThat(users.authenticateToken(second)).isEmpty();
        assertThatThrownBy(() -> users.issueToken("carol"))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessage("no user carol");
    }
}
