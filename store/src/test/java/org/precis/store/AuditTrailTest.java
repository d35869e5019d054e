package org.precis.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.precis.store.CaseFixtures.json;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.precis.store.audit.AuditEntry;
import org.precis.store.audit.AuditTrail;
import org.precis.store.audit.AuditVerification;

class AuditTrailTest {

    @BothStores
    void appendsAChainThatVerifiesAndListsInPages(Store store) {
        AuditTrail audit = store.audit();
        AuditEntry login = audit.append("alice", "login", json("{\"address\": \"127.0.0.1\"}"));
        AuditEntry viewed =
                audit.append("alice", "case-viewed", json("{\"case\": \"C-0001\", \"z\": 1, \"a\": [1.5]}"));
        AuditEntry signed = audit.append("alice", "signed", json("{\"case\": \"C-0001\", \"version\": 1}"));
        assertThat(login.sequence()).isEqualTo(1);
        assertThat(login.previousHash()).isEqualTo(AuditEntry.GENESIS_HASH);
        assertThat(viewed.previousHash()).isEqualTo(login.hash());
        assertThat(signed.previousHash()).isEqualTo(viewed.hash());
        assertThat(login.timestamp()).isEqualTo("2026-12-01T09:30:00.123456Z");

        assertThat(audit.list(1, 10)).containsExactly(login, viewed, signed);
        assertThat(audit.list(2, 1)).containsExactly(viewed);
        AuditVerification verification = audit.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entries()).isEqualTo(3);
        assertThat(verification.headHash()).isEqualTo(signed.hash());

        assertThatThrownBy(() -> audit.append("alice", "Case Viewed", json("{}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("bad audit event 'Case Viewed'");
        assertThatThrownBy(() -> audit.append("alice", "login", json("[1]")))
                .hasMessage("audit details must be a JSON object");
        assertThatThrownBy(() -> audit.append(" ", "login", json("{}"))).hasMessageStartingWith("bad audit actor");
    }

    @BothStores
    void theDatabaseRefusesEditsAndVerifyNamesTheEntryChangedBehindTheTriggersBack(Store store, StoreFixture fixture)
            throws SQLException {
        AuditTrail audit = store.audit();
        for (int i = 1; i <= 5; i++) {
            audit.append("alice", "case-viewed", json("{\"case\": \"C-000" + i + "\"}"));
        }
        try (Connection connection = fixture.connect();
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(
                            "UPDATE audit_entries SET details = '{\"case\":\"C-0009\"}' WHERE sequence = 3"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("audit entry 3 cannot be changed: the trail is append-only");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM audit_entries WHERE sequence = 5"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("audit entry 5 cannot be changed");
            assertThat(audit.verify().intact()).isTrue();

            statement.execute(fixture.dropAuditTrigger());
            statement.executeUpdate("UPDATE audit_entries SET details = '{\"case\":\"C-0009\"}' WHERE sequence = 3");
            AuditVerification edited = audit.verify();
            assertThat(edited.firstBrokenSequence()).hasValue(3);
            assertThat(edited.entries()).isEqualTo(2);
            assertThat(edited.problem().orElseThrow().reason())
                    .isEqualTo("entry 3: its hash does not match its content (the entry was edited)");

            statement.executeUpdate("UPDATE audit_entries SET details = '{\"case\":\"C-0003\"}' WHERE sequence = 3");
            assertThat(audit.verify().intact()).isTrue();
            statement.executeUpdate("DELETE FROM audit_entries WHERE sequence = 4");
            assertThat(audit.verify().problem().orElseThrow().reason())
                    .isEqualTo("entry 5: entry 4 is missing (the next is 5)");
            statement.executeUpdate("DELETE FROM audit_entries WHERE sequence = 5");
            AuditVerification truncated = audit.verify();
            assertThat(truncated.firstBrokenSequence()).hasValue(4);
            assertThat(truncated.problem().orElseThrow().reason())
                    .isEqualTo("entry 4: the head row names entry 5 but the trail ends at 3"
                            + " (entries were removed from the end)");
        }
    }

    @BothStores
    void concurrentAppendsFromTwoStoresOnOneDatabaseKeepOneChain(StoreFixture fixture) throws Exception {
        List<Store> stores = List.of(fixture.open(), fixture.open());
        int threads = 4;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                AuditTrail audit = stores.get(t % 2).audit();
                String actor = "user" + t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        audit.append(actor, "case-viewed", json("{\"i\": " + i + "}"));
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        AuditVerification verification = stores.get(0).audit().verify();
        assertThat(verification.problem()).isEmpty();
        assertThat(verification.entries()).isEqualTo((long) threads * each);
        List<AuditEntry> entries = stores.get(1).audit().list(1, 1000);
        assertThat(entries)
                .extracting(AuditEntry::sequence)
                .doesNotHaveDuplicates()
                .hasSize(threads * each);
    }
}
