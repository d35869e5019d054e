package org.precis.cells.nuclei.classical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.precis.cells.nuclei.Nucleus;
import org.precis.imaging.stain.StainMatrix;
import org.precis.slide.RgbImage;
import org.precis.testing.SampleData;

class ClassicalNucleusDetectorTest {

    private static final double MPP = 0.32;

    private static RgbImage field(String name) throws IOException {
        return RgbImage.of(ImageIO.read(
                SampleData.path("samples/cells/brecahad/images/" + name).toFile()));
    }

    @Test
    void findsNucleiOfTheConfiguredSizesOnARealField() throws IOException {
        ClassicalNucleusDetector detector = new ClassicalNucleusDetector(ClassicalDetectorSettings.defaults());
        List<Nucleus> nuclei = detector.detect(field("Case_12-03.jpg"), MPP);
        // 101-195 annotated nuclei per image, and about half the visible nuclei are annotated
        assertThat(nuclei).hasSizeBetween(150, 600);
        for (Nucleus n : nuclei) {
            var m = n.measurements();
            assertThat(m.areaUm2()).isBetween(10.0, 400.0);
            // the traced outline holds exactly the region's pixels
            assertThat(n.outline().area() * MPP * MPP)
                    .isCloseTo(m.areaUm2(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(n.outline().exterior().encloses(n.centroidX(), n.centroidY()) || m.solidity() < 0.9)
                    .isTrue();
            assertThat(m.solidity()).isBetween(0.0, 1.0);
            assertThat(m.majorAxisUm()).isGreaterThanOrEqualTo(m.minorAxisUm());
            assertThat(m.haematoxylinMax()).isGreaterThanOrEqualTo(m.haematoxylinMean());
            assertThat(m.circularity()).isBetween(0.0, 1.3);
            assertThat(m.textureContrast()).isGreaterThanOrEqualTo(0.0);
        }
        assertThat(detector.maxNucleusRadiusUm())
                .isCloseTo(2 * Math.sqrt(400 / Math.PI), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(detector.parameters())
                .containsEntry("minAreaUm2", 10.0)
                .containsEntry("stainModel", "HAEMATOXYLIN_EOSIN");
    }

    @Test
    void isDeterministicAcrossThreads() throws Exception {
        RgbImage image = field("Case_12-07.jpg");
        ClassicalNucleusDetector detector = new ClassicalNucleusDetector(ClassicalDetectorSettings.defaults());
        List<Nucleus> alone = detector.detect(image, MPP);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<Nucleus>> first = pool.submit(() -> detector.detect(image, MPP));
            Future<List<Nucleus>> second = pool.submit(() -> detector.detect(image, MPP));
            assertThat(first.get()).isEqualTo(alone);
            assertThat(second.get()).isEqualTo(alone);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void estimatesStainsOnTissueAndFallsBackOnGlass() throws IOException {
        ClassicalDetectorSettings settings = ClassicalDetectorSettings.defaults();
        StainMatrix estimated = new StainChoice(settings).of(field("Case_12-01.jpg"));
        double cosine = 0;
        for (int c = 0; c < 3; c++) {
            cosine += estimated.rgbFromStain(0, c) * StainMatrix.HAEMATOXYLIN_EOSIN_DAB.rgbFromStain(0, c);
        }
        double norm = Math.sqrt(0.65 * 0.65 + 0.70 * 0.70 + 0.29 * 0.29);
        // estimated haematoxylin points near the standard one (measured: 2.6 degrees on Case_12-01), but is its own
        assertThat(Math.toDegrees(Math.acos(cosine / norm))).isBetween(1.0, 15.0);
        RgbImage glass = RgbImage.filled(300, 200, 236, 234, 238);
        assertThat(StainChoice.stainedFraction(glass)).isZero();
        assertThat(new StainChoice(settings).of(glass)).isSameAs(StainMatrix.HAEMATOXYLIN_EOSIN_DAB);
        assertThat(new ClassicalNucleusDetector(settings).detect(glass, MPP)).isEmpty();
    }

    @Test
    void refusesABadPixelSizeOrSettings() {
        ClassicalNucleusDetector detector = new ClassicalNucleusDetector(ClassicalDetectorSettings.defaults());
        RgbImage image = RgbImage.filled(10, 10, 200, 200, 200);
        assertThatThrownBy(() -> detector.detect(image, 0)).hasMessageContaining("pixel size");
        assertThatThrownBy(() -> detector.detect(image, Double.NaN)).hasMessageContaining("pixel size");
        assertThatThrownBy(() -> new ClassicalDetectorSettings(
                        true,
                        java.util.Optional.empty(),
                        StainModel.HAEMATOXYLIN_EOSIN,
                        0.05,
                        1,
                        8,
                        1,
                        0.01,
                        20,
                        1,
                        3,
                        50,
                        40))
                .hasMessageContaining("maxAreaUm2");
        assertThatThrownBy(() -> new ClassicalDetectorSettings(
                        true,
                        java.util.Optional.empty(),
                        StainModel.HAEMATOXYLIN_EOSIN,
                        0.05,
                        -1,
                        8,
                        1,
                        0.01,
                        20,
                        1,
                        3,
                        10,
                        200))
                .hasMessageContaining("smoothingSigmaUm");
    }
}
