/**
 * What the store's features share to talk to the database: a {@link org.precis.store.sql.Database}
 * that runs each operation in one transaction and reads the clock, and {@link
 * org.precis.store.sql.Columns}, how instants and JSON are kept in columns. Public only because the
 * feature packages ({@code users}, {@code cases}, {@code audit}) use it; callers outside the store
 * open a {@link org.precis.store.Store} instead.
 */
package org.precis.store.sql;
