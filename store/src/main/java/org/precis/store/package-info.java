/**
 * The workstation's persistent store: {@link org.precis.store.Store#open} on a {@link
 * org.precis.store.StoreLocation} (an embedded H2 database by default, PostgreSQL by URL) gives
 * {@link org.precis.store.users.Users users}, {@link org.precis.store.cases.Cases cases} and the
 * {@link org.precis.store.audit.AuditTrail audit trail}. The schema is made by Flyway migrations
 * under {@code db/}; one set of SQL serves both databases (H2 runs in PostgreSQL mode), and only
 * the triggers that keep signed versions and audit entries unchanged differ.
 */
package org.precis.store;
