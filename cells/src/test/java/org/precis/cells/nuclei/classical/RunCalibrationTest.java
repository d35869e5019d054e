package org.precis.cells.nuclei.classical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.precis.slide.RgbImage;
import org.precis.testing.SampleData;

class RunCalibrationTest {

    private static RgbImage field(String name) throws IOException {
        return RgbImage.of(ImageIO.read(
                SampleData.path("samples/cells/brecahad/images/" + name).toFile()));
    }

    /** Calibrated on the image itself as the one window, the fixed detector finds what the detector finds on it. */
    @Test
    void calibratedOnTheImageItselfFindsTheSameNuclei() throws IOException {
        RgbImage image = field("Case_12-07.jpg");
        ClassicalNucleusDetector detector = new ClassicalNucleusDetector(ClassicalDetectorSettings.defaults());

        ClassicalNucleusDetector fixed = RunCalibration.fixedOn(detector, List.of(image), 0.32);

        assertThat(fixed.settings().givenStains().orElseThrow())
                .usingRecursiveComparison()
                .isEqualTo(detector.run(image, 0.32).stains());
        assertThat(fixed.settings().minThreshold())
                .isEqualTo(detector.run(image, 0.32).threshold());
        assertThat(fixed.detect(image, 0.32)).isEqualTo(detector.detect(image, 0.32));
    }

    /** Fixed, it no longer adapts: on another field it keeps the first field's stains and threshold. */
    @Test
    void aFixedDetectorKeepsItsChoicesOnOtherImages() throws IOException {
        ClassicalNucleusDetector detector = new ClassicalNucleusDetector(ClassicalDetectorSettings.defaults());
        ClassicalNucleusDetector fixed = RunCalibration.fixedOn(detector, List.of(field("Case_12-07.jpg")), 0.32);
        RgbImage other = field("Case_12-11.jpg");

        DetectionSteps steps = fixed.run(other, 0.32);
        assertThat(steps.stains()).isEqualTo(fixed.settings().givenStains().orElseThrow());
        assertThat(steps.threshold()).isEqualTo(fixed.settings().minThreshold());
        assertThat(steps.threshold()).isNotEqualTo(detector.run(other, 0.32).threshold());
    }
}
