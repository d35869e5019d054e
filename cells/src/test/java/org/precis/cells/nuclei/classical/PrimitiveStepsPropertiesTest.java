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

    @Property(tries = 60)
    void anyImageGivesNucleiInsideItAndInTheAreaRange(
            @ForAll @IntRange(min = 1, max = 80) int width,
            @ForAll @IntRange(min = 1, max = 80) int height,
            @ForAll boolean immunohistochemistry,
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        Random random = new Random(seed);
        byte[] rgb = new byte[3 * width * height];
        // blobs of dark purple or brown on a pale background, and noise
        for (int i = 0; i < rgb.length; i += 3) {
            int p = i / 3;
            boolean blob = ((p % width) / 12 + (p / width) / 12) % 2 == 0 && random.nextDouble() < 0.9;
            rgb[i] = (byte) (blob ? 60 + random.nextInt(40) : 220 + random.nextInt(30));
            rgb[i + 1] = (byte) (blob ? 40 + random.nextInt(40) : 210 + random.nextInt(30));
            rgb[i + 2] = (byte) (blob ? 90 + random.nextInt(60) : 220 + random.nextInt(30));
        }
        ClassicalDetectorSettings settings = immunohistochemistry
                ? ClassicalDetectorSettings.immunohistochemistry()
                : ClassicalDetectorSettings.defaults();
        var nuclei =
                new ClassicalNucleusDetector(settings).detect(new org.precis.slide.RgbImage(width, height, rgb), 0.32);
        for (var n : nuclei) {
            assertThat(n.centroidX()).isBetween(0.0, (double) width);
            assertThat(n.centroidY()).isBetween(0.0, (double) height);
            assertThat(n.measurements().areaUm2()).isBetween(settings.minAreaUm2(), settings.maxAreaUm2());
            assertThat(n.outline().area() * 0.32 * 0.32)
                    .isCloseTo(n.measurements().areaUm2(), org.assertj.core.data.Offset.offset(1e-9));
        }
    }
}
