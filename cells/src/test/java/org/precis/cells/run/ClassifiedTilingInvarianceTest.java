package org.precis.cells.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.precis.cells.classify.CellClassifier;
import org.precis.cells.classify.CellClassifierModels;
import org.precis.cells.classify.ClassifierStage;
import org.precis.cells.output.Cell;
import org.precis.cells.output.Hdf5Cells;
import org.precis.cells.output.PixelRegion;
import org.precis.embed.OnnxEncoderOptions;
import org.precis.imaging.outline.Polygon;
import org.precis.testing.SampleData;

/**
 * With the shipped cell classifier as a classification stage, a run calls every nucleus the same
 * class whatever its tile size and thread count, as one tile over the whole region does: each
 * nucleus is called on the pixels of the tile that keeps it, and tiles overlap by the classifier's
 * patch. On a real BreCaHAD field (JPEG at 0.32 µm/px).
 */
class ClassifiedTilingInvarianceTest {

    /** Probabilities of the class called: measured at most 6.4e-6 (float ONNX arithmetic on patches resampled from offsets an ulp apart). */
    static final double PROBABILITY_TOLERANCE = 1e-5;

    static CellClassifier classifier;

    @TempDir
    Path folder;

    @BeforeAll
    static void open() throws Exception {
        classifier = CellClassifier.open(
                new CellClassifierModels().shipped(), SampleData.root(), new OnnxEncoderOptions(1, 32));
    }

    @AfterAll
    static void close() {
        classifier.close();
    }

    private List<Cell> run(int tileSize, int threads, Path output) throws Exception {
        CellDetection detection = new CellDetection(
                Runs.classical(), new ClassifierStage(classifier, "shipped"), "precis test", System::nanoTime);
        detection.detect(
                Runs.request(
                        SampleData.path("samples/cells/brecahad/images/Case_12-07.jpg"),
                        Optional.of(new PixelRegion(200, 150, 700, 600)),
                        OptionalDouble.of(0.32),
                        tileSize,
                        threads,
                        output),
                DetectionListener.none());
        return new Hdf5Cells()
                .read(output).cells().stream()
                        .sorted(Comparator.comparingDouble(
                                        (Cell c) -> c.nucleus().centroidY())
                                .thenComparingDouble(c -> c.nucleus().centroidX()))
                        .toList();
    }

    @ParameterizedTest(name = "{0} px tiles on {1} threads = one tile")
    @CsvSource({"200, 2", "320, 1"})
    void callsTheClassesOfOneWholeTile(int tileSize, int threads) throws Exception {
        List<Cell> whole = run(100_000, 1, folder.resolve("whole.h5"));
        List<Cell> tiled = run(tileSize, threads, folder.resolve("tiled.h5"));
        assertThat(whole).hasSizeGreaterThan(50).hasSameSizeAs(tiled);
        Map<Polygon, Cell> byOutline = new HashMap<>();
        tiled.forEach(c -> byOutline.put(c.nucleus().outline(), c));
        Map<String, Integer> classes = new HashMap<>();
        double probabilityError = 0;
        for (Cell cell : whole) {
            Cell same = byOutline.get(cell.nucleus().outline());
            assertThat(same).isNotNull();
            assertThat(cell.classification()).isPresent();
            assertThat(same.classification()).isEqualTo(cell.classification());
            classes.merge(cell.classification().get().name(), 1, Integer::sum);
            probabilityError = Math.max(
                    probabilityError,
                    Math.abs(cell.probability().getAsDouble()
                            - same.probability().getAsDouble()));
        }
        System.out.println("classes " + classes + ", largest probability difference " + probabilityError);
        assertThat(classes.keySet()).isSubsetOf("Tumor", "Non-tumor", "Mitosis", "Apoptosis");
        assertThat(classes).containsKey("Tumor");
        assertThat(probabilityError).isLessThanOrEqualTo(PROBABILITY_TOLERANCE);
    }
}
