package org.precis.store.models;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One change of a version's status: to what, why, by whom, when, and the reason given. */
public record ModelStatusChange(
        String name,
        int version,
        ModelStatus status,
        ModelAction action,
        Instant changed,
        String changedBy,
        Optional<String> reason) {
    public ModelStatusChange {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(changed, "changed");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(reason, "reason");
    }
}
