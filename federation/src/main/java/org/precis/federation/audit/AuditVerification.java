package org.precis.federation.audit;

import java.util.Optional;

/**
 * The outcome of checking an audit log: how many entries chain correctly, the head hash (the hash
 * of the last good entry, or the genesis hash for an empty log) and the first problem, if any.
 */
public record AuditVerification(long entries, String headHash, Optional<Problem> problem) {
    /** The first line (1-based) that breaks the chain, and why. */
    public record Problem(long line, String reason) {}

    public boolean intact() {
        return problem.isEmpty();
    }
}
