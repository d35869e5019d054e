package org.precis.imaging.tissue;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class BinaryMorphologyPropertiesTest {

    record Mask(int width, int height, boolean[] pixels) {}

    @Provide
    Arbitrary<Mask> masks() {
        return Arbitraries.integers()
                .between(1, 24)
                .tuple2()
                .flatMap(size -> Arbitraries.of(true, false)
                        .array(boolean[].class)
                        .ofSize(size.get1() * size.get2())
                        .map(pixels -> new Mask(size.get1(), size.get2(), pixels)));
    }

    /** Rows longer than one 64-pixel word, so that growing across word boundaries is exercised. */
    @Provide
    Arbitrary<Mask> wideMasks() {
        return net.jqwik.api.Combinators.combine(
                        Arbitraries.integers().between(1, 200),
                        Arbitraries.integers().between(1, 12),
                        Arbitraries.doubles().between(0.02, 0.98),
                        Arbitraries.longs())
                .as((width, height, density, seed) -> {
                    java.util.Random random = new java.util.Random(seed);
                    boolean[] pixels = new boolean[width * height];
                    for (int i = 0; i < pixels.length; i++) {
                        pixels[i] = random.nextDouble() < density;
                    }
                    return new Mask(width, height, pixels);
                });
    }

    private static boolean contains(boolean[] outer, boolean[] inner) {
        for (int i = 0; i < inner.length; i++) {
            if (inner[i] && !outer[i]) {
                return false;
            }
        }
        return true;
    }

    /** The definition: any foreground (dilation) or background (erosion) inside the raster under the disk. */
    private static boolean[] byDefinition(Mask mask, int radius, boolean dilation) {
        int w = mask.width();
        int h = mask.height();
        boolean[] out = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean found = false;
                for (int dy = -radius; dy <= radius; dy++) {
                    for (int dx = -radius; dx <= radius; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        if (dx * dx + dy * dy <= radius * radius
                                && nx >= 0
                                && nx < w
                                && ny >= 0
                                && ny < h
                                && mask.pixels()[ny * w + nx] == dilation) {
                            found = true;
                        }
                    }
                }
                out[y * w + x] = dilation == found;
            }
        }
        return out;
    }

    @Property(tries = 400)
    void dilationAndErosionFollowTheDiskDefinition(
            @ForAll("wideMasks") Mask mask, @ForAll @IntRange(min = 0, max = 6) int radius) {
        BinaryMorphology morphology = new BinaryMorphology(mask.width(), mask.height());
        assertThat(morphology.dilate(mask.pixels(), radius)).isEqualTo(byDefinition(mask, radius, true));
        assertThat(morphology.erode(mask.pixels(), radius)).isEqualTo(byDefinition(mask, radius, false));
    }

    @Property(tries = 300)
    void closingAddsAndOpeningRemovesAndBothAreIdempotent(
            @ForAll("masks") Mask mask, @ForAll @IntRange(min = 0, max = 3) int radius) {
        BinaryMorphology morphology = new BinaryMorphology(mask.width(), mask.height());
        boolean[] closed = morphology.closing(mask.pixels(), radius);
        boolean[] opened = morphology.opening(mask.pixels(), radius);
        assertThat(contains(closed, mask.pixels())).isTrue();
        assertThat(contains(mask.pixels(), opened)).isTrue();
        assertThat(morphology.closing(closed, radius)).isEqualTo(closed);
        assertThat(morphology.opening(opened, radius)).isEqualTo(opened);
    }

    @Property(tries = 300)
    void filledMasksKeepTheirPixelsAndLeaveOnlyBackgroundThatReachesTheBorder(@ForAll("masks") Mask mask) {
        BinaryMorphology morphology = new BinaryMorphology(mask.width(), mask.height());
        boolean[] filled = morphology.fillHoles(mask.pixels());
        assertThat(contains(filled, mask.pixels())).isTrue();
        assertThat(morphology.fillHoles(filled)).isEqualTo(filled);
        // every background pixel left has a 4-connected path of background to the border
        boolean[] reached = new boolean[filled.length];
        int w = mask.width();
        int h = mask.height();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int i = y * w + x;
                    if (filled[i] || reached[i]) {
                        continue;
                    }
                    boolean border = x == 0 || y == 0 || x == w - 1 || y == h - 1;
                    boolean next = (x > 0 && reached[i - 1])
                            || (x < w - 1 && reached[i + 1])
                            || (y > 0 && reached[i - w])
                            || (y < h - 1 && reached[i + w]);
                    if (border || next) {
                        reached[i] = true;
                        changed = true;
                    }
                }
            }
        }
        for (int i = 0; i < filled.length; i++) {
            assertThat(filled[i] || reached[i]).as("pixel %d", i).isTrue();
        }
    }

    @Property(tries = 300)
    void removingSmallRegionsKeepsOnlyPixelsOfTheMask(
            @ForAll("masks") Mask mask, @ForAll @IntRange(min = 0, max = 30) int minimumPixels) {
        BinaryMorphology morphology = new BinaryMorphology(mask.width(), mask.height());
        boolean[] kept = morphology.removeSmallRegions(mask.pixels(), minimumPixels);
        assertThat(contains(mask.pixels(), kept)).isTrue();
        assertThat(morphology.removeSmallRegions(kept, minimumPixels)).isEqualTo(kept);
        assertThat(morphology.removeSmallRegions(mask.pixels(), 0)).isEqualTo(mask.pixels());
    }
}
