package org.precis.federation.coordinator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where a coordinator listens, where it keeps its studies, and how long it waits: for a site's answer
 * in each secure-aggregation phase, and for a study's sites to connect before a round.
 */
public record CoordinatorSettings(
        String host, int port, Path stateFolder, Duration phaseTimeout, Duration connectWait) {
    public CoordinatorSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(stateFolder, "stateFolder");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535, got " + port);
        }
        if (phaseTimeout.isNegative() || phaseTimeout.isZero() || connectWait.isNegative()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }
}
