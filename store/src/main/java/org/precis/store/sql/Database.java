package org.precis.store.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;

/**
 * The store's connections and clock. Every operation runs in one transaction ({@link
 * #transaction}): committed when the work returns, rolled back when it throws. Times are taken
 * from the clock truncated to microseconds, the precision both databases keep, so that a value
 * read back equals the value written (the audit trail hashes them).
 */
public final class Database {
    /** SQLSTATE of a unique or primary key violation, the same in H2 and PostgreSQL. */
    public static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private final Clock clock;

    public Database(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Now, to the microsecond. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Runs {@code work} in a transaction. A runtime exception from the work (a refusal) rolls back
     * and passes through; an SQLException rolls back and becomes a {@link StoreException}.
     */
    public <T> T transaction(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("store: " + oneLine(e), e);
        }
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** The first line of an SQLException's message with its SQLSTATE. */
    public static String oneLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip() + " [SQLSTATE " + e.getSQLState() + "]";
    }
}
