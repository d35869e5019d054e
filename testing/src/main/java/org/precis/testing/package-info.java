/**
 * Test support shared by every module's tests (a test-scope dependency, never shipped): where the
 * shared sample data and models lie, how a test runs an outside program ({@link
 * org.precis.testing.SystemTools}), and a real PostgreSQL server started for the tests ({@link
 * org.precis.testing.PostgresServer}, {@link org.precis.testing.PostgresServerExtension}).
 */
package org.precis.testing;
