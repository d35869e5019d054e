/**
 * The workstation's audit trail: {@link org.precis.store.audit.AuditTrail} appends hash-chained
 * entries (the federation audit log's design, in a table, with the actor added) and verifies the
 * chain. Events the server writes: {@code case-viewed}, {@code finding-reviewed}, {@code signed},
 * {@code amended}, {@code exported}, {@code login}, {@code login-failed}, {@code user-added},
 * {@code token-issued}.
 */
package org.precis.store.audit;
