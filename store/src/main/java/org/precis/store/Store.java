package org.precis.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.precis.store.audit.AuditTrail;
import org.precis.store.cases.Cases;
import org.precis.store.models.ModelRegistry;
import org.precis.store.sql.Database;
import org.precis.store.sql.StoreException;
import org.precis.store.users.PasswordHashing;
import org.precis.store.users.Users;

/**
 * The workstation's store, open: users, cases, the model registry and the audit trail over one
 * pool of connections.
 * Opening migrates the schema to the newest version (Flyway: {@code db/migration} for both
 * databases, then {@code db/h2} or {@code db/postgresql} for what only one of them can say).
 * Thread-safe; close it to release the connections (and, for the embedded H2, the database file).
 */
public final class Store implements AutoCloseable {
    /** Connections kept open at most; the web server's handlers share them. */
    static final int MAX_CONNECTIONS = 8;

    private final StoreLocation location;
    private final HikariDataSource dataSource;
    private final Users users;
    private final Cases cases;
    private final AuditTrail audit;
    private final ModelRegistry models;

    private Store(StoreLocation location, HikariDataSource dataSource, Clock clock, SecureRandom random) {
        this.location = location;
        this.dataSource = dataSource;
        Database database = new Database(dataSource, clock);
        this.users = new Users(database, random, PasswordHashing.OWASP);
        this.cases = new Cases(database);
        this.audit = new AuditTrail(database);
        this.models = new ModelRegistry(database, audit);
    }

    /**
     * Opens the store at {@code location}, creating and migrating its schema as needed. Times come
     * from {@code clock}, passwords, salts and tokens from {@code random}. StoreException (one line,
     * naming the location without its password) when the database cannot be reached or migrated.
     */
    public static Store open(StoreLocation location, Clock clock, SecureRandom random) {
        HikariDataSource dataSource = dataSource(location);
        try {
            migrate(dataSource);
            return new Store(location, dataSource, clock, random);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    public Users users() {
        return users;
    }

    public Cases cases() {
        return cases;
    }

    public AuditTrail audit() {
        return audit;
    }

    /** The registry of models: versions, files, site evaluations and which version is production. */
    public ModelRegistry models() {
        return models;
    }

    public StoreLocation location() {
        return location;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static HikariDataSource dataSource(StoreLocation location) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(location.jdbcUrl());
        location.user().ifPresent(config::setUsername);
        location.password().ifPresent(config::setPassword);
        config.setMaximumPoolSize(MAX_CONNECTIONS);
        config.setMinimumIdle(1);
        config.setPoolName("precis-store");
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the store at " + location + ": " + rootMessage(e), e);
        }
    }

    private static void migrate(HikariDataSource dataSource) {
        String vendor;
        try (Connection connection = dataSource.getConnection()) {
            vendor = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            throw new StoreException("cannot open the store: " + Database.oneLine(e), e);
        }
        if (!vendor.equals("h2") && !vendor.equals("postgresql")) {
            throw new IllegalStateException("the store runs on H2 or PostgreSQL, not " + vendor);
        }
        try {
            Flyway.configure(Store.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration", "classpath:db/" + vendor)
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot migrate the store's schema: " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
