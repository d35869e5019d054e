/**
 * A site's append-only, hash-chained audit log: every request it receives and every number it
 * releases, one JSON line each, chained by SHA-256 so that an edit, deletion, insertion or
 * reordering is found by {@link org.precis.federation.audit.AuditLogVerifier}.
 *
 * <p>Truncation of the tail leaves a shorter chain that is still internally consistent, so the file
 * alone cannot reveal it. The head hash (the hash of the last entry) is therefore meant to be
 * recorded elsewhere: the site returns it with every answer, the coordinator stores it, and {@code
 * precis federation audit verify LOG --head HASH} fails when no entry of the log carries that hash.
 */
package org.precis.federation.audit;
