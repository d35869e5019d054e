package org.precis.slide.tiff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.precis.slide.ImageComparison;
import org.precis.slide.RegionRequest;
import org.precis.slide.RgbImage;
import org.precis.slide.SampleData;
import org.precis.slide.Slide;
import org.precis.slide.SlideLevel;
import org.precis.slide.Slides;

/**
 * The TIFF-family readers against OpenSlide (and, for OME-TIFF, tifffile with Pillow): metadata
 * identical, pixels within the JPEG decoder's rounding. References made by
 * {@code src/test/fixtures/tiff/make_reference.py}.
 */
class TiffReferenceTest {

    private static final String ROOT = "/reference/tiff/";
    private static Slides slides;

    @BeforeAll
    static void openSlides() {
        slides = Slides.withDefaults();
    }

    @AfterAll
    static void closeSlides() {
        slides.close();
    }

    static Stream<JsonNode> references() throws IOException {
        try (InputStream in = TiffReferenceTest.class.getResourceAsStream(ROOT + "slides.json")) {
            List<JsonNode> all = new ArrayList<>();
            new ObjectMapper().readTree(in).forEach(all::add);
            return all.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void levelsAndPixelSizeMatchTheReference(JsonNode reference) throws Exception {
        try (Slide slide = slides.open(SampleData.slide(reference.get("file").asText()))) {
            JsonNode levels = reference.get("levels");
            assertThat(slide.levels().size()).isGreaterThanOrEqualTo(levels.size());
            for (int i = 0; i < levels.size(); i++) {
                SlideLevel level = slide.levels().get(i);
                assertThat(level.width())
                        .as("level %d width", i)
                        .isEqualTo(levels.get(i).get("width").asLong());
                assertThat(level.height())
                        .as("level %d height", i)
                        .isEqualTo(levels.get(i).get("height").asLong());
                assertThat(level.downsample())
                        .as("level %d downsample", i)
                        .isCloseTo(levels.get(i).get("downsample").asDouble(), within(1e-12));
            }
            JsonNode mpp = reference.get("mpp");
            if (mpp.isNull()) {
                assertThat(slide.pixelSize()).isEmpty();
            } else {
                assertThat(slide.pixelSize()).hasValueSatisfying(size -> {
                    // The README says identical: the same decimal parsed the same way (measured).
                    assertThat(size.mppX()).isEqualTo(mpp.get(0).asDouble());
                    assertThat(size.mppY()).isEqualTo(mpp.get(1).asDouble());
                });
            }
            JsonNode objective = reference.get("objective_power");
            if (objective.isNull()) {
                assertThat(slide.objectivePower()).isEmpty();
            } else {
                assertThat(slide.objectivePower().getAsDouble()).isEqualTo(objective.asDouble());
            }
            assertThat(slide.associatedImageNames())
                    .containsExactlyInAnyOrderElementsOf(
                            () -> reference.get("associated").fieldNames());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void regionsAtEveryLevelMatchTheReference(JsonNode reference) throws Exception {
        try (Slide slide = slides.open(SampleData.slide(reference.get("file").asText()))) {
            for (JsonNode crop : reference.get("crops")) {
                RgbImage expected =
                        ImageComparison.resource(ROOT + crop.get("png").asText());
                RgbImage actual = slide.readRegion(RegionRequest.atLevel(
                        crop.get("level").asInt(),
                        crop.get("x").asLong(),
                        crop.get("y").asLong(),
                        crop.get("width").asInt(),
                        crop.get("height").asInt()));
                ImageComparison difference = ImageComparison.of(expected, actual);
                assertThat(difference.meanAbsoluteDifference())
                        .as("mean difference of %s", crop)
                        .isLessThanOrEqualTo(1.0);
                assertThat(difference.maxAbsoluteDifference())
                        .as("max difference of %s", crop)
                        .isLessThanOrEqualTo(8);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void associatedImagesMatchTheReference(JsonNode reference) throws Exception {
        try (Slide slide = slides.open(SampleData.slide(reference.get("file").asText()))) {
            var names = reference.get("associated").fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                JsonNode expected = reference.get("associated").get(name);
                RgbImage image = slide.associatedImage(name);
                assertThat(image.width())
                        .as(name)
                        .isEqualTo(expected.get("width").asInt());
                assertThat(image.height())
                        .as(name)
                        .isEqualTo(expected.get("height").asInt());
                RgbImage crop = crop(image, 64, 64);
                ImageComparison difference = ImageComparison.of(
                        ImageComparison.resource(ROOT + expected.get("crop_png").asText()), crop);
                assertThat(difference.meanAbsoluteDifference()).as(name).isLessThanOrEqualTo(1.0);
                assertThat(difference.maxAbsoluteDifference()).as(name).isLessThanOrEqualTo(8);
                double[] mean = meanRgb(image);
                for (int c = 0; c < 3; c++) {
                    assertThat(mean[c])
                            .as("%s mean channel %d", name, c)
                            .isCloseTo(expected.get("mean_rgb").get(c).asDouble(), within(1.0));
                }
            }
        }
    }

    private static RgbImage crop(RgbImage image, int width, int height) {
        byte[] out = new byte[3 * width * height];
        for (int y = 0; y < height; y++) {
            System.arraycopy(image.rgb(), 3 * y * image.width(), out, 3 * y * width, 3 * width);
        }
        return new RgbImage(width, height, out);
    }

    private static double[] meanRgb(RgbImage image) {
        double[] sum = new double[3];
        byte[] rgb = image.rgb();
        for (int i = 0; i < rgb.length; i++) {
            sum[i % 3] += rgb[i] & 0xff;
        }
        int pixels = image.width() * image.height();
        return new double[] {sum[0] / pixels, sum[1] / pixels, sum[2] / pixels};
    }
}
