package org.precis.federation.node;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Reconnection delays: exponential in the number of failed attempts, capped, with full jitter (a
 * uniform draw between zero and the exponential bound) so that sites cut off together do not all
 * dial back at the same instant.
 */
public final class Backoff {
    private final Duration initial;
    private final Duration max;
    private final RandomGenerator random;

    public Backoff(Duration initial, Duration max, RandomGenerator random) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("back-off needs 0 < initial <= max, got " + initial + " and " + max);
        }
        this.initial = initial;
        this.max = max;
        this.random = random;
    }

    /** The delay before attempt {@code failures + 1}, after {@code failures} failed attempts in a row. */
    public Duration delay(int failures) {
        if (failures < 0) {
            throw new IllegalArgumentException("failures must be >= 0, got " + failures);
        }
        long bound = initial.toMillis();
        for (int i = 0; i < failures && bound < max.toMillis(); i++) {
            bound *= 2;
        }
        bound = Math.min(bound, max.toMillis());
        return Duration.ofMillis(random.nextLong(bound + 1));
    }
}
