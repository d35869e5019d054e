package org.precis.slide.deepzoom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.precis.slide.ImageComparison;
import org.precis.slide.RgbImage;
import org.precis.slide.Slide;
import org.precis.slide.Slides;
import org.precis.slide.codec.Codecs;
import org.precis.slide.codec.JpegDecoder;
import org.precis.slide.spi.ReadLimits;

/**
 * The JPEG tiles Precis serves, decoded, against OpenSlide's tiles before compression: within
 * the error of OpenSlide's own tile compressed by PIL at the same quality (what openslide's
 * deepzoom server sends), measured by the reference script for each tile. Precis's tiles are
 * OpenSlide's, and both libjpeg-turbo (accurate DCT, 4:2:0) and the JDK's writer (the fallback)
 * compress them as PIL does: measured, every error equals the yardstick (to the four decimals
 * the reference keeps). The bounds allow one level and 0.01 above it.
 */
class DeepZoomJpegTest {

    static Stream<String> encoders() {
        return Stream.of("system", "java");
    }

    @ParameterizedTest(name = "{0} encoder")
    @MethodSource("encoders")
    void servedJpegTilesAreWithinOpenSlidesOwnReencodingError(String encoder) throws Exception {
        DeepZoomReference reference = DeepZoomReference.load();
        try (Slides slides = Slides.withDefaults();
                Codecs java = Codecs.javaOnly(ReadLimits.DEFAULT.maxTilePixels())) {
            TileEncoder tiles = TileEncoder.of(encoder.equals("system") ? slides.codecs() : java);
            if (encoder.equals("system")) {
                assertThat(tiles.jpegImplementation()).isEqualTo("libjpeg-turbo");
            }
            JpegDecoder decoder = slides.codecs().jpeg();
            DeepZoomSettings settings = DeepZoomSettings.openSlideDefaults();
            for (DeepZoomReference.Sample sample : reference.slides()) {
                if (sample.fileName().endsWith("_subifd.tif")) {
                    continue;
                }
                try (Slide slide = slides.open(sample.file())) {
                    DeepZoomPyramid pyramid = DeepZoomPyramid.of(slide, settings);
                    for (JsonNode tile : sample.tiles()) {
                        TileAddress address = DeepZoomAgreesWithOpenSlideTest.address(tile);
                        byte[] jpeg = tiles.encode(pyramid.tile(address), settings);
                        RgbImage served = decoder.decode(jpeg, jpeg.length);
                        ImageComparison error = ImageComparison.of(reference(tile), served);
                        double yardstickMean =
                                tile.get("jpeg_mean_abs_difference").asDouble();
                        int yardstickMax = tile.get("jpeg_max_abs_difference").asInt();
                        System.out.printf(
                                "deepzoom jpeg (%s) %s %s: max %d (PIL %d), mean %.4f (PIL %.4f)%n",
                                tiles.jpegImplementation(),
                                sample,
                                address,
                                error.maxAbsoluteDifference(),
                                yardstickMax,
                                error.meanAbsoluteDifference(),
                                yardstickMean);
                        assertThat(error.maxAbsoluteDifference())
                                .as("%s %s largest error", sample, address)
                                .isLessThanOrEqualTo(yardstickMax + 1);
                        assertThat(error.meanAbsoluteDifference())
                                .as("%s %s mean error", sample, address)
                                .isLessThanOrEqualTo(yardstickMean + 0.01);
                    }
                }
            }
        }
    }

    private static RgbImage reference(JsonNode tile) throws IOException {
        return DeepZoomReference.png(tile.get("png").asText());
    }
}
