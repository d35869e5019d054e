package org.precis.cells.ihc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.precis.imaging.stain.StainVector;
import org.precis.slide.RgbImage;

class HdabStainEstimatorTest {

    /** Measured agreement with numpy: 3e-13 (eigen solvers differ in the last bits). */
    private static final double VECTOR_TOLERANCE = 1e-11;

    @Test
    void estimatesTheKi67CropsStainsAsNumpyDoes() throws Exception {
        JsonNode reference;
        try (InputStream in = getClass().getResourceAsStream("/ihc/os2_hdab_stains.json")) {
            reference = new ObjectMapper().readTree(in);
        }
        StainEstimate estimate = new HdabStainEstimator().estimate(IhcImages.ki67());

        assertThat(estimate.warnings()).isEmpty();
        assertThat(estimate.stains().origin()).isEqualTo(StainOrigin.ESTIMATED);
        assertThat(new double[] {
                    estimate.white().red(),
                    estimate.white().green(),
                    estimate.white().blue()
                })
                .containsExactly(
                        reference.get("white").get(0).asDouble(),
                        reference.get("white").get(1).asDouble(),
                        reference.get("white").get(2).asDouble());
        assertVector(estimate.stains().haematoxylin(), reference.get("haematoxylin"));
        assertVector(estimate.stains().dab(), reference.get("dab"));
        // DAB found near its standard colour, far from eosin's
        assertThat(HdabStains.angleDegrees(estimate.stains().dab(), HdabStains.STANDARD.dab()))
                .isLessThan(10);
    }

    @Test
    void refusesAnHaematoxylinEosinImage() throws Exception {
        RgbImage he = IhcImages.heField();
        assertThatThrownBy(() -> new HdabStainEstimator().estimate(he))
                .isInstanceOf(UnsuitableImageException.class)
                .hasMessageContaining("eosin-like")
                .hasMessageContaining("looks like H&E");
    }

    @Test
    void refusesAFluorescenceLikeDarkImage() throws Exception {
        RgbImage dark = IhcImages.inverted(IhcImages.ki67Region(0, 0, 512, 512));
        assertThatThrownBy(() -> new HdabStainEstimator().estimate(dark))
                .isInstanceOf(UnsuitableImageException.class)
                .hasMessageStartingWith("not a brightfield image")
                .hasMessageContaining("fluorescence");
    }

    @Test
    void fallsBackToStandardVectorsWithAWarningOnBlankGlass() throws Exception {
        StainEstimate estimate = new HdabStainEstimator().estimate(RgbImage.filled(200, 200, 235, 235, 238));
        assertThat(estimate.stains()).isEqualTo(HdabStains.STANDARD);
        assertThat(estimate.warnings()).singleElement().asString().startsWith("too little stain");
    }

    private static void assertVector(StainVector actual, JsonNode expected) {
        assertThat(actual.red()).isCloseTo(expected.get(0).asDouble(), within(VECTOR_TOLERANCE));
        assertThat(actual.green()).isCloseTo(expected.get(1).asDouble(), within(VECTOR_TOLERANCE));
        assertThat(actual.blue()).isCloseTo(expected.get(2).asDouble(), within(VECTOR_TOLERANCE));
    }
}
