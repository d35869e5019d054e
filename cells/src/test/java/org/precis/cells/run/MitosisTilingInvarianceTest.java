package org.precis.cells.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.cells.classify.CellClassifier;
import org.precis.cells.classify.CellClassifierModels;
import org.precis.cells.classify.ClassifierStage;
import org.precis.cells.classify.PairMitosis;
import org.precis.cells.classify.PlainImages;
import org.precis.cells.classify.WholeImageCalls;
import org.precis.cells.nuclei.CellClass;
import org.precis.cells.output.Cell;
import org.precis.cells.output.Hdf5Cells;
import org.precis.embed.OnnxEncoderOptions;
import org.precis.slide.RgbImage;
import org.precis.testing.SampleData;

/**
 * With the shipped cell classifier, a tiled run calls the same mitoses as one tile over the whole
 * image, and as {@link CellClassifier#classifyImage} (what {@code cells grade} and the validation
 * count) on the same nuclei: the mitoses between two nuclei and the suppression of weaker calls
 * are decided after the tiles are merged, so pairs across a seam are found too. On a real BreCaHAD
 * field (JPEG at 0.32 µm/px) with several annotated mitoses.
 */
class MitosisTilingInvarianceTest {

    static final Path IMAGE = SampleData.path("samples/cells/brecahad/images/Case_12-02.jpg");

    /** Centres of the same call in two runs: the same centroids, moved to level 0 from tile offsets. */
    static final double CENTRE_TOLERANCE_PX = 1e-6;

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

    private record Run(List<Cell> cells, DetectionSummary summary) {

        /** The nuclei, in the run's order: the cells that are not calls between nuclei. */
        List<Cell> nuclei() {
            return cells.subList(0, (int) summary.nuclei());
        }

        /** The centres of every mitosis call, sorted by y then x. */
        List<double[]> mitoses() {
            return cells.stream()
                    .filter(c -> c.classification().isPresent()
                            && c.classification().get().name().equals(CellClass.MITOSIS.displayName()))
                    .map(c -> new double[] {c.nucleus().centroidX(), c.nucleus().centroidY()})
                    .sorted(BY_POSITION)
                    .toList();
        }
    }

    static final Comparator<double[]> BY_POSITION =
            Comparator.<double[]>comparingDouble(p -> p[1]).thenComparingDouble(p -> p[0]);

    private Run run(int tileSize, int threads, String name) throws Exception {
        Path output = folder.resolve(name + ".h5");
        CellDetection detection = new CellDetection(
                Runs.classical(), new ClassifierStage(classifier, "shipped"), "precis test", System::nanoTime);
        DetectionSummary summary = detection.detect(
                Runs.request(IMAGE, Optional.empty(), OptionalDouble.of(0.32), tileSize, threads, output),
                DetectionListener.none());
        return new Run(new Hdf5Cells().read(output).cells(), summary);
    }

    private static void assertSameCentres(List<double[]> actual, List<double[]> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i)[0])
                    .isCloseTo(expected.get(i)[0], org.assertj.core.data.Offset.offset(CENTRE_TOLERANCE_PX));
            assertThat(actual.get(i)[1])
                    .isCloseTo(expected.get(i)[1], org.assertj.core.data.Offset.offset(CENTRE_TOLERANCE_PX));
        }
    }

    private static long core(double[] centroid, int tileSize) {
        return (long) Math.floor(centroid[0] / tileSize) * 1_000_000 + (long) Math.floor(centroid[1] / tileSize);
    }

    @Test
    void tiledRunsCallTheMitosesOfOneTileAndOfTheWholeImageClassifier() throws Exception {
        Run whole = run(100_000, 1, "whole");
        assertThat(whole.summary().tiles()).isEqualTo(1);
        List<double[]> calls = whole.mitoses();
        System.out.println(whole.summary().nuclei() + " nuclei, " + calls.size() + " mitosis calls, "
                + whole.summary().callsBetweenNuclei() + " of them between two nuclei");
        assertThat(whole.summary().callsBetweenNuclei()).isPositive();
        assertThat(calls.size()).isGreaterThan((int) whole.summary().callsBetweenNuclei());

        // the whole-image classifier (cells grade) on the same nuclei and pixels
        RgbImage pixels = PlainImages.read(IMAGE);
        List<double[]> centroids = new ArrayList<>();
        List<Cell> nuclei = whole.nuclei();
        double[] haematoxylin = new double[nuclei.size()];
        for (int i = 0; i < nuclei.size(); i++) {
            centroids.add(new double[] {
                nuclei.get(i).nucleus().centroidX(), nuclei.get(i).nucleus().centroidY()
            });
            haematoxylin[i] = nuclei.get(i).nucleus().measurements().haematoxylinMean();
        }
        WholeImageCalls image = classifier.classifyImage(pixels, 0.32, centroids, haematoxylin);
        List<double[]> expected = new ArrayList<>();
        image.nuclei().stream()
                .filter(p -> p.call() == CellClass.MITOSIS)
                .forEach(p -> expected.add(new double[] {p.x(), p.y()}));
        for (PairMitosis pair : image.pairMitoses()) {
            expected.add(new double[] {pair.candidate().x(), pair.candidate().y()});
        }
        expected.sort(BY_POSITION);
        assertSameCentres(calls, expected);
        // some figures' two nuclei lie in different cores of the 256 px tiling (a pair across a seam)
        long acrossSeams = image.pairMitoses().stream()
                .filter(pair -> core(centroids.get(pair.candidate().first()), 256)
                        != core(centroids.get(pair.candidate().second()), 256))
                .count();
        System.out.println(acrossSeams + " mitoses between two nuclei on either side of a 256 px seam");
        assertThat(acrossSeams).isPositive();

        // tiles of 256 px (about 82 µm, 20 seams) on 2 threads, 384 px on 1
        for (int[] tiling : new int[][] {{256, 2}, {384, 1}}) {
            Run tiled = run(tiling[0], tiling[1], "tiled-" + tiling[0]);
            assertThat(tiled.summary().tiles()).isGreaterThan(1);
            assertThat(tiled.summary().nuclei()).isEqualTo(whole.summary().nuclei());
            assertSameCentres(tiled.mitoses(), calls);
        }
    }
}
