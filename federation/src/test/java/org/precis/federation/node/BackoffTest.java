package org.precis.federation.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class BackoffTest {
    @Property
    void delaysLieBetweenZeroAndTheCappedExponentialBound(
            @ForAll @IntRange(min = 0, max = 200) int failures,
            @ForAll @LongRange(min = 1, max = 5_000) long initialMs,
            @ForAll long seed) {
        Duration max = Duration.ofSeconds(30);
        Backoff backoff = new Backoff(Duration.ofMillis(initialMs), max, new SplittableRandom(seed));
        long bound = Math.min(max.toMillis(), initialMs << Math.min(failures, 20));
        long delay = backoff.delay(failures).toMillis();
        assertThat(delay).isBetween(0L, bound);
    }

    @Test
    void theBoundDoublesWithEachFailureUntilTheCapAndTheDrawsAreSpread() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1600), new SplittableRandom(7));
        for (int failures = 0; failures <= 6; failures++) {
            long bound = Math.min(1600, 100L << failures);
            long largest = 0;
            long smallest = Long.MAX_VALUE;
            for (int draw = 0; draw < 2000; draw++) {
                long delay = backoff.delay(failures).toMillis();
                largest = Math.max(largest, delay);
                smallest = Math.min(smallest, delay);
            }
            // full jitter: the draws cover the range up to the bound
            assertThat(largest).isLessThanOrEqualTo(bound).isGreaterThan(bound * 9 / 10);
            assertThat(smallest).isLessThan(bound / 10 + 1);
        }
    }

    @Test
    void theSameRandomGivesTheSameDelays() {
        Backoff a = new Backoff(Duration.ofMillis(50), Duration.ofSeconds(5), new SplittableRandom(42));
        Backoff b = new Backoff(Duration.ofMillis(50), Duration.ofSeconds(5), new SplittableRandom(42));
        for (int i = 0; i < 10; i++) {
            assertThat(a.delay(i)).isEqualTo(b.delay(i));
        }
    }

    @Test
    void refusesBoundsOutOfOrder() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), new SplittableRandom()))
                .hasMessageContaining("0 < initial <= max");
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), new SplittableRandom()))
                .hasMessageContaining("0 < initial <= max");
    }
}
