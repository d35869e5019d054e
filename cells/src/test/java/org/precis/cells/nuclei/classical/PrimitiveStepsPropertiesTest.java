package org.precis.cells.nuclei.classical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The linear-time steps against their brute-force definitions on random rasters. */
class PrimitiveStepsPropertiesTest {

    @Property(tries = 200)
    void distanceTransformIsTheDistanceToTheNearestBackgroundPixel(
            @ForAll @IntRange(min = 1, max = 24) int width,
            @ForAll @IntRange(min = 1, max = 24) int height,
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        Random random = new Random(seed);
        boolean[] foreground = new boolean[width * height];
        double density = random.nextDouble();
        for (int i = 0; i < foreground.length; i++) {
            foreground[i] = random.nextDouble() < density;
        }
        foreground[random.nextInt(foreground.length)] = false;
        double[] distance = new DistanceTransform().apply(foreground, width, height);
        for (int p = 0; p < foreground.length; p++) {
            double best = Double.POSITIVE_INFINITY;
            for (int q = 0; q < foreground.length; q++) {
                if (!foreground[q]) {
                    best = Math.min(best, Math.hypot(p % width - q % width, p / width - q / width));
                }
            }
            assertThat(distance[p]).isEqualTo(best);
        }
    }

    @Property(tries = 200)
    void runningExtremaAreTheExtremaOverTheCutWindow(
            @ForAll @IntRange(min = 1, max = 30) int width,
            @ForAll @IntRange(min = 1, max = 30) int height,
            @ForAll @IntRange(min = 0, max = 12) int radius,
            @ForAll boolean minimum,
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        Random random = new Random(seed);
        double[] plane = new double[width * height];
        for (int i = 0; i < plane.length; i++) {
            plane[i] = random.nextInt(7);
        }
        double[] out = new RunningExtremum(radius, minimum).square(plane, width, height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double expected = minimum ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
                for (int v = Math.max(0, y - radius); v <= Math.min(height - 1, y + radius); v++) {
                    for (int u = Math.max(0, x - radius); u <= Math.min(width - 1, x + radius); u++) {
                        expected = minimum
                                ? Math.min(expected, plane[v * width + u])
                                : Math.max(expected, plane[v * width + u]);
                    }
                }
                assertThat(out[y * width + x]).isEqualTo(expected);
            }
        }
    }
}
