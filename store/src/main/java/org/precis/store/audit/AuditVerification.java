package org.precis.store.audit;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The outcome of checking the audit trail: how many entries chain correctly from the start, the
 * hash of the last of them, and the first problem if any.
 */
public record AuditVerification(long entries, String headHash, Optional<Problem> problem) {
    /** The first sequence number where the chain breaks, and why. */
    public record Problem(long sequence, String reason) {
        public Problem {
            Objects.requireNonNull(reason, "reason");
        }
    }

    public AuditVerification {
        Objects.requireNonNull(headHash, "headHash");
        Objects.requireNonNull(problem, "problem");
    }

    public boolean intact() {
        return problem.isEmpty();
    }

    /** The sequence number of the first broken entry; empty when the trail is intact. */
    public OptionalLong firstBrokenSequence() {
        return problem.map(p -> OptionalLong.of(p.sequence())).orElse(OptionalLong.empty());
    }
}
