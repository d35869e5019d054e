/**
 * The workstation's persistent store: {@link org.precis.store.Store#open} on a {@link
 * org.precis.store.StoreLocation} (an embedded H2 database by default, PostgreSQL by URL) gives
 * {@link org.precis.store.users.Users users}, {@link org.precis.store.cases.Cases cases}, the {@link
 * org.precis.store.models.ModelRegistry model registry} (versions, content-addressed files, site
 * evaluations, production status) and the {@link org.precis.store.audit.AuditTrail audit trail}. The schema is made by Flyway migrations
 * under {@code db/}; one set of SQL serves both databases (H2 runs in PostgreSQL mode), and only
 * the triggers that keep signed versions, audit entries and the model registry unchanged differ.
 */
package org.precis.store;
