package org.precis.store;

/** The two databases every store test runs against. */
public enum Backend {
    /** The embedded default, in a temporary directory. */
    H2,
    /** A real PostgreSQL server started for the test run (org.precis.testing.PostgresServer). */
    POSTGRESQL
}
