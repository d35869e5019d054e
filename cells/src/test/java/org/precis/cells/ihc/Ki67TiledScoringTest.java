package org.precis.cells.ihc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.cells.output.Cell;
import org.precis.cells.output.CellFormat;
import org.precis.cells.output.PixelRegion;
import org.precis.cells.run.DetectionInputException;
import org.precis.cells.run.DetectionListener;
import org.precis.slide.SlideException;
import org.precis.testing.SampleData;

/**
 * Ki67 tile by tile on the OS-2 Ki67 crop: on a region calibrated whole it is the scorer's result
 * on the region as one image; calibrated on sample windows it still does not depend on tile size or
 * threads; an interrupted run continues; bad input is refused in one line with nothing written.
 */
class Ki67TiledScoringTest {

    private static final PixelRegion CROP = new PixelRegion(0, 0, 2202, 2202);

    @TempDir
    Path folder;

    private static Ki67Scorer scorer() {
        return Ki67Scorer.classical(Ki67Settings.defaults());
    }

    private static Ki67TiledScoring tiled(long wholePixels) {
        return new Ki67TiledScoring(scorer(), CellLabels.INTENSITY_BINS, "precis test", System::nanoTime, wholePixels);
    }

    private Ki67TiledScoring.Outcome run(Ki67TiledScoring scoring, int tileSize, int threads, Path output)
            throws Exception {
        return scoring.score(
                IhcImages.ki67Path(),
                Optional.of(CROP),
                OptionalDouble.empty(),
                tileSize,
                threads,
                Optional.of(output),
                DetectionListener.none());
    }

    private static List<Cell> cells(Path geojson) throws Exception {
        return CellFormat.of(geojson).read(geojson).cells().stream()
                .sorted(Comparator.comparingDouble((Cell c) -> c.nucleus().centroidY())
                        .thenComparingDouble(c -> c.nucleus().centroidX()))
                .toList();
    }

    @Test
    void aRegionCalibratedWholeGivesTheScorersNucleiClassesAndIndex() throws Exception {
        ScoredImage one = new Ki67SlideScoring(scorer(), "precis test")
                .score(IhcImages.ki67Path(), Optional.of(CROP), OptionalDouble.empty());
        Ki67Report expected = one.report();
        Path output = folder.resolve("tiled.geojson");
        Ki67Report report =
                run(tiled(Ki67Calibration.WHOLE_PIXELS), 512, 2, output).report();

        assertThat(report.cells()).isEqualTo(expected.cells()).isGreaterThan(800);
        assertThat(report.positive()).isEqualTo(expected.positive());
        assertThat(report.intensityCounts()).isEqualTo(expected.intensityCounts());
        assertThat(report.hScore()).isEqualTo(expected.hScore());
        assertThat(report.thresholds()).isEqualTo(expected.thresholds());
        assertThat(report.hotspot()).isEqualTo(expected.hotspot());
        assertThat(report.stains().haematoxylin())
                .containsExactly(expected.stains().haematoxylin());
        assertThat(report.stains().dab()).containsExactly(expected.stains().dab());
        assertThat(report.provenance().parameters().get("tiling").toString()).contains("the whole region", "tiles=25");

        List<Cell> tiledCells = cells(output);
        List<Cell> oneCells = Ki67Cells.of(one.result().cells(), CellLabels.INTENSITY_BINS, 0, 0).stream()
                .sorted(Comparator.comparingDouble((Cell c) -> c.nucleus().centroidY())
                        .thenComparingDouble(c -> c.nucleus().centroidX()))
                .toList();
        assertThat(tiledCells).hasSameSizeAs(oneCells);
        for (int i = 0; i < oneCells.size(); i++) {
            Cell a = tiledCells.get(i);
            Cell b = oneCells.get(i);
            assertThat(a.nucleus().centroidX()).isCloseTo(b.nucleus().centroidX(), within(1e-9));
            assertThat(a.nucleus().centroidY()).isCloseTo(b.nucleus().centroidY(), within(1e-9));
            assertThat(a.nucleus().measurements().dabMean())
                    .isCloseTo(b.nucleus().measurements().dabMean(), within(1e-12));
            assertThat(a.classification()).isEqualTo(b.classification());
            assertThat(a.probability()).isEmpty();
        }
    }

    @Test
    void calibratedOnSampleWindowsTheResultDoesNotDependOnTileSizeOrThreads() throws Exception {
        Path small = folder.resolve("small.geojson");
        Path large = folder.resolve("large.geojson");
        Ki67Report a = run(tiled(0), 384, 1, small).report();
        Ki67Report b = run(tiled(0), 1000, 2, large).report();
        assertThat(a.provenance().parameters().get("tiling").toString()).contains("64 windows");

        assertThat(b.cells()).isEqualTo(a.cells());
        assertThat(b.intensityCounts()).isEqualTo(a.intensityCounts());
        assertThat(b.thresholds()).isEqualTo(a.thresholds());
        assertThat(b.hotspot()).isEqualTo(a.hotspot());
        List<Cell> first = cells(small);
        List<Cell> second = cells(large);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i).nucleus().centroidX())
                    .isCloseTo(first.get(i).nucleus().centroidX(), within(1e-9));
            assertThat(second.get(i).nucleus().centroidY())
                    .isCloseTo(first.get(i).nucleus().centroidY(), within(1e-9));
            assertThat(second.get(i).classification()).isEqualTo(first.get(i).classification());
        }
        // the sample's stains differ a little from the whole crop's: the index stays near the one-image result
        ScoredImage one = new Ki67SlideScoring(scorer(), "precis test")
                .score(IhcImages.ki67Path(), Optional.of(CROP), OptionalDouble.empty());
        assertThat(a.positivePercent()).isCloseTo(one.report().positivePercent(), within(1.0));
        assertThat((double) a.cells())
                .isCloseTo(one.report().cells(), within(0.02 * one.report().cells()));
    }

    @Test
    void anInterruptedRunContinuesFromItsCheckpointAndWritesTheSameCells() throws Exception {
        Path reference = folder.resolve("reference.geojson");
        Ki67Report uninterrupted =
                run(tiled(Ki67Calibration.WHOLE_PIXELS), 512, 2, reference).report();
        Path output = folder.resolve("cells.geojson");
        DetectionListener crash = progress -> {
            if (progress.tilesDone() >= 9) {
                throw new IllegalStateException("crash after 9 tiles");
            }
        };
        assertThatThrownBy(() -> tiled(Ki67Calibration.WHOLE_PIXELS)
                        .score(
                                IhcImages.ki67Path(),
                                Optional.of(CROP),
                                OptionalDouble.empty(),
                                512,
                                2,
                                Optional.of(output),
                                crash))
                .hasMessage("crash after 9 tiles");
        assertThat(output).doesNotExist();
        assertThat(Files.list(folder).map(p -> p.getFileName().toString())).contains("cells.geojson.checkpoint");

        Ki67TiledScoring.Outcome resumed = run(tiled(Ki67Calibration.WHOLE_PIXELS), 512, 2, output);
        assertThat(resumed.detection().tilesResumed()).isGreaterThanOrEqualTo(9);
        assertThat(resumed.report().cells()).isEqualTo(uninterrupted.cells());
        assertThat(resumed.report().intensityCounts()).isEqualTo(uninterrupted.intensityCounts());
        assertThat(Files.readAllBytes(output)).isEqualTo(Files.readAllBytes(reference));
        assertThat(Files.list(folder).map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("reference.geojson", "cells.geojson");
    }

    @Test
    void anHaematoxylinEosinImageIsRefusedInOneLineNamingItAndNothingIsWritten() throws Exception {
        Path he = SampleData.path(IhcImages.HE_FIELD);
        Path output = folder.resolve("cells.geojson");
        assertThatThrownBy(() -> tiled(Ki67Calibration.WHOLE_PIXELS)
                        .score(
                                he,
                                Optional.empty(),
                                OptionalDouble.of(0.32),
                                512,
                                2,
                                Optional.of(output),
                                DetectionListener.none()))
                .isInstanceOf(SlideException.class)
                .hasMessageStartingWith(he.toString())
                .hasMessageNotContaining("\n");
        assertThat(Files.list(folder)).isEmpty();
    }

    @Test
    void aPixelSizeThatContradictsTheFileIsRefused() {
        Path output = folder.resolve("cells.geojson");
        assertThatThrownBy(() -> tiled(Ki67Calibration.WHOLE_PIXELS)
                        .score(
                                IhcImages.ki67Path(),
                                Optional.of(CROP),
                                OptionalDouble.of(0.5),
                                512,
                                2,
                                Optional.of(output),
                                DetectionListener.none()))
                .isInstanceOf(DetectionInputException.class)
                .hasMessageContaining("states 0.2271")
                .hasMessageContaining("--mpp is for a file that does not state its pixel size");
        assertThat(output).doesNotExist();
    }

    @Test
    void withoutAnOutputTheCellsAreWrittenToATemporaryFolderAndRemoved() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before;
        try (var s = Files.list(tmp)) {
            before = s.filter(p -> p.getFileName().toString().startsWith("precis-ki67"))
                    .count();
        }
        Ki67Report report = tiled(Ki67Calibration.WHOLE_PIXELS)
                .score(
                        IhcImages.ki67Path(),
                        Optional.of(new PixelRegion(500, 500, 700, 700)),
                        OptionalDouble.empty(),
                        512,
                        2,
                        Optional.empty(),
                        DetectionListener.none())
                .report();
        assertThat(report.cells()).isPositive();
        try (var s = Files.list(tmp)) {
            assertThat(s.filter(p -> p.getFileName().toString().startsWith("precis-ki67"))
                            .count())
                    .isEqualTo(before);
        }
    }
}
