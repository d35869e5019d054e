package org.precis.cells.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.precis.cells.nuclei.Nucleus;
import org.precis.cells.nuclei.classical.ClassicalDetectorSettings;
import org.precis.cells.output.NucleusMeasurement;
import org.precis.cells.output.PixelRegion;
import org.precis.imaging.outline.Polygon;
import org.precis.testing.SampleData;

/**
 * A run finds the same nuclei, outline for outline and measurement for measurement, whatever its
 * tile size and thread count, and the same as one tile over the whole region: on real BreCaHAD
 * fields (plain JPEG at 0.32 µm/px) and real slide regions (an Aperio SVS at its own 0.499 µm/px,
 * and a 0.227 µm/px OME-TIFF averaged 2 x 2).
 */
class TilingInvarianceTest {

    /**
     * Outlines are identical; centroids differ only by the rounding of the tiles' offsets: measured
     * at most 2.3e-13 px (one ulp at 1000 px).
     */
    static final double CENTROID_TOLERANCE_PX = 1e-12;

    /** Measurements likewise, relative: measured at most 3.9e-14. */
    static final double MEASUREMENT_TOLERANCE = 1e-13;

    @TempDir
    Path folder;

    record Case(
            String name,
            Path image,
            Optional<PixelRegion> region,
            OptionalDouble mpp,
            ClassicalDetectorSettings settings) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case(
                        "BreCaHAD Case_12-03",
                        SampleData.path("samples/cells/brecahad/images/Case_12-03.jpg"),
                        Optional.empty(),
                        OptionalDouble.of(0.32),
                        ClassicalDetectorSettings.defaults()),
                new Case(
                        "BreCaHAD Case_12-10",
                        SampleData.path("samples/cells/brecahad/images/Case_12-10.jpg"),
                        Optional.of(new PixelRegion(100, 50, 1100, 900)),
                        OptionalDouble.of(0.32),
                        ClassicalDetectorSettings.defaults()),
                new Case(
                        "CMU-1-Small-Region.svs",
                        SampleData.path("samples/wsi/CMU-1-Small-Region.svs"),
                        Optional.of(new PixelRegion(700, 900, 1100, 1000)),
                        OptionalDouble.empty(),
                        ClassicalDetectorSettings.defaults()),
                new Case(
                        "OS-2 Ki67 at 2x2",
                        SampleData.path("samples/wsi/OS-2-ndpi.ome.tif"),
                        Optional.of(new PixelRegion(100, 100, 2100, 2100)),
                        OptionalDouble.empty(),
                        ClassicalDetectorSettings.immunohistochemistry()));
    }

    static List<Arguments> tilings() {
        return cases().stream()
                .flatMap(c ->
                        List.of(Arguments.of(c, 256, 3), Arguments.of(c, 384, 2), Arguments.of(c, 1000, 1)).stream())
                .toList();
    }

    @ParameterizedTest(name = "{0}: {1} px tiles on {2} threads = one tile")
    @MethodSource("tilings")
    void findsTheNucleiOfOneWholeTile(Case image, int tileSize, int threads) throws Exception {
        Path whole = folder.resolve("whole.h5");
        Runs.run(
                Runs.classical(image.settings()),
                Runs.request(image.image(), image.region(), image.mpp(), 100_000, 1, whole));
        Path tiled = folder.resolve("tiled.h5");
        DetectionSummary summary = Runs.run(
                Runs.classical(image.settings()),
                Runs.request(image.image(), image.region(), image.mpp(), tileSize, threads, tiled));

        List<Nucleus> expected = Runs.sortedNuclei(whole);
        List<Nucleus> found = Runs.sortedNuclei(tiled);
        assertThat(expected).hasSizeGreaterThan(100);
        assertThat(summary.tiles()).isGreaterThan(1);
        assertThat(found).hasSameSizeAs(expected);
        Map<Polygon, Nucleus> byOutline = new HashMap<>();
        found.forEach(n -> byOutline.put(n.outline(), n));
        double centroidError = 0;
        double measurementError = 0;
        for (Nucleus nucleus : expected) {
            Nucleus same = byOutline.get(nucleus.outline());
            assertThat(same)
                    .as("nucleus at %s, %s", nucleus.centroidX(), nucleus.centroidY())
                    .isNotNull();
            centroidError = Math.max(centroidError, Math.abs(same.centroidX() - nucleus.centroidX()));
            centroidError = Math.max(centroidError, Math.abs(same.centroidY() - nucleus.centroidY()));
            double[] a = NucleusMeasurement.valuesOf(nucleus.measurements());
            double[] b = NucleusMeasurement.valuesOf(same.measurements());
            for (int i = 0; i < a.length; i++) {
                measurementError = Math.max(measurementError, Math.abs(a[i] - b[i]) / Math.max(1e-12, Math.abs(a[i])));
            }
        }
        assertThat(centroidError).isLessThanOrEqualTo(CENTROID_TOLERANCE_PX);
        assertThat(measurementError).isLessThanOrEqualTo(MEASUREMENT_TOLERANCE);
    }
}
