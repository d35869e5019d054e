/**
 * H2's side of what PostgreSQL does in PL/pgSQL: the row triggers that keep signed report versions
 * and audit entries from being changed. H2 runs triggers as Java classes named in {@code CREATE
 * TRIGGER ... CALL}, so these are public; nothing else calls them.
 */
package org.precis.store.h2;
