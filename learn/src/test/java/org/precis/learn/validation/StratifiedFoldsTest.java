package org.precis.learn.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class StratifiedFoldsTest {

    @Property(tries = 200)
    void everyFoldHoldsEachClassInNearlyEqualNumbers(
            @ForAll @IntRange(min = 20, max = 300) int n,
            @ForAll @IntRange(min = 2, max = 5) int classes,
            @ForAll @IntRange(min = 2, max = 10) int folds,
            @ForAll long seed) {
        int[] y = new int[n];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            y[i] = random.nextInt(classes);
        }
        int[] fold = StratifiedFolds.assign(y, classes, folds, new SplittableRandom(seed));
        int[] sizes = new int[folds];
        for (int k = 0; k < classes; k++) {
            int[] perFold = new int[folds];
            for (int i = 0; i < n; i++) {
                if (y[i] == k) {
                    perFold[fold[i]]++;
                }
            }
            assertThat(max(perFold) - min(perFold)).isLessThanOrEqualTo(1);
        }
        for (int f : fold) {
            sizes[f]++;
        }
        assertThat(max(sizes) - min(sizes)).isLessThanOrEqualTo(1);
        assertThat(StratifiedFolds.assign(y, classes, folds, new SplittableRandom(seed)))
                .isEqualTo(fold);
    }

    private static int max(int[] values) {
        return java.util.Arrays.stream(values).max().orElseThrow();
    }

    private static int min(int[] values) {
        return java.util.Arrays.stream(values).min().orElseThrow();
    }
}
