package org.precis.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.precis.store.sql.StoreException;

class MigrationTest {

    @Test
    void anUnreachableDatabaseFailsInOneLineWithoutThePassword() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        StoreLocation location =
                StoreLocation.parse("jdbc:postgresql://127.0.0.1:" + port + "/precis?user=precis&password=hunter2");
        assertThatThrownBy(() -> Store.open(location, StoreFixture.CLOCK, new SecureRandom()))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot open the store at jdbc:postgresql://127.0.0.1:" + port
                        + "/precis (user precis) (password set): ")
                .hasMessageNotContaining("hunter2")
                .hasMessageNotContaining("\n");
    }

    @BothStores
    void migratesAnEmptyDatabaseAndReopensWithoutMigratingAgain(StoreFixture fixture) throws SQLException {
        Store first = fixture.open();
        assertThat(first.users().none()).isTrue();
        assertThat(first.cases().list()).isEmpty();
        assertThat(first.audit().verify().intact()).isTrue();
        first.close();

        fixture.open();
        try (Connection connection = fixture.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT \"version\", \"script\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\""
                                + " IS NOT NULL ORDER BY \"installed_rank\"")) {
            List<String> applied = new ArrayList<>();
            while (rows.next()) {
                assertThat(rows.getBoolean(3)).isTrue();
                applied.add(rows.getString(1) + " " + rows.getString(2));
            }
            assertThat(applied)
                    .containsExactly(
                            "1 V1__workstation_schema.sql",
                            "2 V2__immutable_signed_versions_and_audit.sql",
                            "3 V3__analysis_overlays.sql",
                            "4 V4__model_registry.sql",
                            "5 V5__append_only_model_registry.sql");
        }
    }
}
