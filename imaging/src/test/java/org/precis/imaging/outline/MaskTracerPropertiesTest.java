package org.precis.imaging.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MaskTracerPropertiesTest {

    record Raster(int width, int height, boolean[] pixels) {}

    @Provide
    Arbitrary<Raster> rasters() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 24),
                        Arbitraries.integers().between(1, 24),
                        Arbitraries.doubles().between(0.05, 0.95),
                        Arbitraries.longs())
                .as((width, height, density, seed) -> {
                    java.util.Random random = new java.util.Random(seed);
                    boolean[] pixels = new boolean[width * height];
                    for (int i = 0; i < pixels.length; i++) {
                        pixels[i] = random.nextDouble() < density;
                    }
                    return new Raster(width, height, pixels);
                });
    }

    @Property(tries = 300)
    void fillingTheTracedPolygonsGivesBackTheMask(@ForAll("rasters") Raster raster) {
        List<Polygon> polygons = new MaskTracer(raster.width(), raster.height()).trace(raster.pixels());
        assertThat(new PolygonRaster(raster.width(), raster.height()).fill(polygons))
                .isEqualTo(raster.pixels());
    }

    @Property(tries = 300)
    void exteriorsAreCounterClockwiseHolesClockwiseAndTheAreasAddUpToThePixels(@ForAll("rasters") Raster raster) {
        List<Polygon> polygons = new MaskTracer(raster.width(), raster.height()).trace(raster.pixels());
        double area = 0;
        for (Polygon polygon : polygons) {
            assertThat(polygon.exterior().signedArea()).isPositive();
            for (Ring hole : polygon.holes()) {
                assertThat(hole.signedArea()).isNegative();
            }
            area += polygon.area();
        }
        long pixels = 0;
        for (boolean pixel : raster.pixels()) {
            pixels += pixel ? 1 : 0;
        }
        assertThat(area).isEqualTo((double) pixels);
    }

    @Property(tries = 200)
    void theRoundTripSurvivesScalingToLevelZeroAndBack(@ForAll("rasters") Raster raster) {
        double downsample = 16.032;
        List<Polygon> level0 = new MaskTracer(raster.width(), raster.height())
                .trace(raster.pixels()).stream().map(p -> p.scaled(downsample)).toList();
        List<Polygon> back = level0.stream().map(p -> p.scaled(1 / downsample)).toList();
        assertThat(new PolygonRaster(raster.width(), raster.height()).fill(back))
                .isEqualTo(raster.pixels());
    }
}
