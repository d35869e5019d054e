package org.precis.imaging.stain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.precis.imaging.SampleData;
import org.precis.slide.RgbImage;

class LabImageTest {

    /**
     * Relative tolerance against scikit-image's rgb2lab, about 10x the worst difference measured
     * [2.6e-13 per pixel, 2.1e-13 for the channel statistics], and a floor for values near 0
     * [largest absolute difference 1.1e-13 per pixel].
     */
    private static final double RELATIVE = 3e-12;

    private static final double ABSOLUTE_FLOOR = 1e-12;

    private static JsonNode reference;
    private static RgbImage image;
    private static LabImage lab;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = LabImageTest.class.getResourceAsStream("/reference/stain/histolab_lung_lab.json")) {
            reference = new ObjectMapper().readTree(in);
        }
        image = SampleData.patch(reference.get("source").asText().substring("samples/".length()));
        lab = LabImage.of(image);
    }

    private static void assertClose(double actual, double expected, String what) {
        double tolerance = RELATIVE * Math.abs(expected) + ABSOLUTE_FLOOR;
        assertThat(Math.abs(actual - expected))
                .as("%s: %s vs scikit-image %s", what, actual, expected)
                .isLessThanOrEqualTo(tolerance);
    }

    @Test
    void convertsToLabLikeScikitImage() {
        assertThat(reference.get("pixels")).hasSizeGreaterThanOrEqualTo(200);
        for (JsonNode pixel : reference.get("pixels")) {
            int x = pixel.get("x").asInt();
            int y = pixel.get("y").asInt();
            for (int channel = 0; channel < 3; channel++) {
                assertClose(
                        lab.at(x, y, channel),
                        pixel.get("lab").get(channel).asDouble(),
                        "channel " + channel + " at (" + x + ", " + y + ")");
            }
        }
    }

    @Test
    void channelStatisticsMatchScikitImage() {
        LabStatistics statistics = lab.statistics();
        String[] names = {"lightness", "a", "b"};
        for (int channel = 0; channel < 3; channel++) {
            JsonNode expected = reference.get("channels").get(names[channel]);
            assertClose(statistics.channel(channel).mean(), expected.get("mean").asDouble(), names[channel] + " mean");
            assertClose(statistics.channel(channel).std(), expected.get("std").asDouble(), names[channel] + " std");
        }
    }

    @Test
    void convertsBackLikeScikitImageAndRoundTripsEightBitColours() {
        RgbImage back = lab.toRgbImage();
        assertThat(back).isEqualTo(image);
        for (JsonNode pixel : reference.get("pixels")) {
            int packed = back.rgbAt(pixel.get("x").asInt(), pixel.get("y").asInt());
            int[] expected = new int[3];
            for (int channel = 0; channel < 3; channel++) {
                expected[channel] =
                        (int) Math.rint(pixel.get("rgbBack").get(channel).asDouble() * 255);
            }
            assertThat(new int[] {packed >> 16 & 0xff, packed >> 8 & 0xff, packed & 0xff})
                    .containsExactly(expected);
        }
    }
}
