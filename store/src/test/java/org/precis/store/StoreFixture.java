package org.precis.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.precis.testing.PostgresServer;

/**
 * One test's database: a fresh H2 file in a temporary directory or a fresh database on the run's
 * PostgreSQL server, the stores the test opened on it, and plain JDBC connections for what the
 * store's API must not allow (tampering). Closing closes the stores and deletes the directory.
 */
public final class StoreFixture implements AutoCloseable {
    /** The clock of every test store: a fixed instant with nanoseconds, which the store truncates. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:30:00.123456789Z"), ZoneOffset.UTC);

    private final Backend backend;
    private final StoreLocation location;
    private final Path directory;
    private final List<Store> stores = new ArrayList<>();

    private StoreFixture(Backend backend, StoreLocation location, Path directory) {
        this.backend = backend;
        this.location = location;
        this.directory = directory;
    }

    /**
     * A fresh database on {@code backend}: an H2 file in a new temporary directory, or a new database
     * on the run's PostgreSQL server (asked for only then). For tests whose whole class runs once
     * per backend; a single test takes its fixture from {@link BothStores}.
     */
    public static StoreFixture of(Backend backend, Supplier<PostgresServer> postgres) {
        return switch (backend) {
            case H2 -> h2();
            case POSTGRESQL -> postgresql(postgres.get().createDatabase());
        };
    }

    static StoreFixture h2() {
        try {
            Path directory = Files.createTempDirectory("precis-store-");
            // A data directory that does not exist yet, as on a first start.
            return new StoreFixture(Backend.H2, StoreLocation.embedded(directory.resolve("precis-data")), directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StoreFixture postgresql(String jdbcUrl) {
        return new StoreFixture(Backend.POSTGRESQL, StoreLocation.parse(jdbcUrl), null);
    }

    public Backend backend() {
        return backend;
    }

    public StoreLocation location() {
        return location;
    }

    /** Opens another store on this fixture's database; closed with the fixture. */
    public synchronized Store open() {
        Store store = Store.open(location, CLOCK, new SecureRandom());
        stores.add(store);
        return store;
    }

    /** A plain JDBC connection to the database, bypassing the store. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(
                location.jdbcUrl(),
                location.user().orElse(""),
                location.password().orElse(""));
    }

    /** The statement that lets a DBA change audit entries despite the append-only trigger. */
    public String dropAuditTrigger() {
        return backend == Backend.H2
                ? "DROP TRIGGER audit_entries_append_only"
                : "ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only";
    }

    /** The statement that lets a DBA change a model registry table despite its append-only trigger. */
    public String dropModelRegistryTrigger(String table) {
        return backend == Backend.H2
                ? "DROP TRIGGER " + table + "_append_only"
                : "ALTER TABLE " + table + " DISABLE TRIGGER " + table + "_append_only";
    }

    @Override
    public synchronized void close() throws IOException {
        for (Store store : stores) {
            store.close();
        }
        if (directory != null) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
