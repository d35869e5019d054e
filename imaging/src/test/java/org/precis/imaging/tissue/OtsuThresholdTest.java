package org.precis.imaging.tissue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.precis.imaging.SampleData;
import org.precis.slide.RgbImage;

class OtsuThresholdTest {

    @Test
    void thresholdsSaturationOfSamplePatchesLikeScikitImage() throws IOException {
        JsonNode reference;
        try (InputStream in = OtsuThresholdTest.class.getResourceAsStream("/reference/tissue/otsu_saturation.json")) {
            reference = new ObjectMapper().readTree(in);
        }
        assertThat(reference.get("images")).hasSize(2);
        for (JsonNode expected : reference.get("images")) {
            RgbImage image = SampleData.patch(expected.get("source").asText().substring("samples/".length()));
            SaturationImage saturation = SaturationImage.of(image);
            for (JsonNode pixel : expected.get("pixels")) {
                assertThat(saturation.at(pixel.get("x").asInt(), pixel.get("y").asInt()))
                        .isEqualTo(pixel.get("saturation").asDouble());
            }
            double threshold = saturation.otsu().value();
            double want = expected.get("threshold").asDouble();
            assertThat(Math.abs(threshold - want))
                    .as("Otsu threshold of %s", expected.get("source").asText())
                    .isLessThanOrEqualTo(1e-12 * want);
            int above = 0;
            for (boolean tissue : saturation.above(threshold)) {
                above += tissue ? 1 : 0;
            }
            assertThat(above).isEqualTo(expected.get("pixelsAbove").asInt());
        }
    }

    @Test
    void aConstantImageIsItsOwnThreshold() {
        assertThat(OtsuThreshold.of(new double[] {0.25, 0.25, 0.25}).value()).isEqualTo(0.25);
        assertThat(SaturationImage.of(RgbImage.filled(4, 4, 255, 255, 255))
                        .otsu()
                        .value())
                .isZero();
    }

    @Test
    void rejectsEmptyOrNonFiniteValues() {
        assertThatThrownBy(() -> OtsuThreshold.of(new double[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OtsuThreshold.of(new double[] {0, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 200)
    void splitsTwoWellApartGroupsWithinHalfABin(
            @ForAll @Size(min = 1, max = 50) double[] low,
            @ForAll @DoubleRange(min = 0.0, max = 0.1) double spreadLow,
            @ForAll @DoubleRange(min = 0.0, max = 0.1) double spreadHigh) {
        double[] values = new double[2 * low.length];
        for (int i = 0; i < low.length; i++) {
            double jitter = Double.isFinite(low[i]) ? Math.abs(low[i] % 1.0) : 0.5;
            values[i] = jitter * spreadLow;
            values[low.length + i] = 0.9 + jitter * spreadHigh;
        }
        double threshold = OtsuThreshold.of(values).value();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        // the threshold is a bin centre: the low group's bin may reach half a bin above it
        double halfBin = (max - min) / OtsuThreshold.BINS / 2;
        for (int i = 0; i < low.length; i++) {
            assertThat(values[i]).isLessThanOrEqualTo(threshold + halfBin * (1 + 1e-12));
            assertThat(values[low.length + i]).isGreaterThan(threshold);
        }
    }
}
