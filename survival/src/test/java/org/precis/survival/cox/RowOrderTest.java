package org.precis.survival.cox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** The radix ordering equals a stable comparison sort, whatever the keys (signs, zeros, infinities, ties). */
class RowOrderTest {

    @Property(tries = 300)
    void radixOrderIsTheStableSortOrder(@ForAll @Size(max = 300) List<Double> keys) {
        double[] key = keys.stream().mapToDouble(d -> d.isNaN() ? 0 : d).toArray();
        int[] rows = IntStream.range(0, key.length).map(i -> key.length - 1 - i).toArray();
        int[] expected = IntStream.of(rows)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> key[i] == 0 ? 0.0 : key[i]))
                .mapToInt(Integer::intValue)
                .toArray();
        assertThat(RowOrder.ascending(key, rows)).containsExactly(expected);
        int[] expectedDescending = IntStream.of(rows)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> key[i] == 0 ? 0.0 : -key[i]))
                .mapToInt(Integer::intValue)
                .toArray();
        assertThat(RowOrder.descending(key, rows)).containsExactly(expectedDescending);
    }
}
