package org.precis.imaging.qc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.precis.imaging.SampleData;
import org.precis.imaging.stain.Stain;
import org.precis.imaging.tissue.SaturationImage;
import org.precis.slide.RgbImage;

/** Against scikit-image and numpy (src/test/fixtures/qc/make_stain_statistics_reference.py). */
class StainStatisticsTest {

    @Test
    void matchesScikitImageOverTheSaturatedPixelsOfRealPatches() throws Exception {
        JsonNode reference;
        try (InputStream in = getClass().getResourceAsStream("/reference/qc/stain_statistics.json")) {
            reference = new ObjectMapper().readTree(in);
        }
        for (JsonNode image : reference.get("images")) {
            RgbImage patch = SampleData.patch(image.get("source").asText().substring("samples/".length()));
            SaturationImage saturation = SaturationImage.of(patch);
            boolean[] tissue = saturation.above(saturation.otsu().value());
            List<StainSummary> stains = StainStatistics.over(patch, tissue);
            assertThat(stains).extracting(StainSummary::stain).containsExactly(Stain.HAEMATOXYLIN, Stain.EOSIN);
            for (StainSummary summary : stains) {
                JsonNode expected =
                        image.get("stains").get(summary.stain() == Stain.HAEMATOXYLIN ? "haematoxylin" : "eosin");
                assertThat(summary.pixels()).isEqualTo(expected.get("pixels").asLong());
                assertClose(summary.mean(), expected.get("mean").asDouble());
                assertClose(summary.p05(), expected.get("p05").asDouble());
                assertClose(summary.p50(), expected.get("p50").asDouble());
                assertClose(summary.p95(), expected.get("p95").asDouble());
            }
        }
    }

    /** About 10x the worst relative difference measured against scikit-image's rgb2hed [1.1e-14]. */
    private static void assertClose(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(1e-13 * Math.abs(expected) + 1e-15));
    }

    @net.jqwik.api.Property(tries = 300)
    void selectionGivesTheSortedPercentile(
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.Size(min = 1, max = 200)
                    java.util.List<@net.jqwik.api.constraints.IntRange(min = 0, max = 6) Integer> ties,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.DoubleRange(min = 0, max = 50) double low,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.DoubleRange(min = 0, max = 50) double step) {
        double[] values = ties.stream().mapToDouble(i -> i * 0.25).toArray();
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        double[] selected = StainStatistics.percentiles(values, low, low + step, 100);
        assertThat(selected)
                .containsExactly(
                        StainStatistics.percentile(sorted, low),
                        StainStatistics.percentile(sorted, low + step),
                        StainStatistics.percentile(sorted, 100));
    }

    @Test
    void noTissueGivesNoStatistics() {
        assertThat(StainStatistics.over(RgbImage.filled(4, 4, 200, 90, 160), new boolean[16]))
                .isEmpty();
    }
}
