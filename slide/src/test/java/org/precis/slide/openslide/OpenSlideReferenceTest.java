package org.precis.slide.openslide;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.precis.slide.RegionRequest;
import org.precis.slide.RgbImage;
import org.precis.slide.SampleData;
import org.precis.slide.Slide;
import org.precis.slide.Slides;

/**
 * Crops read with openslide-python by {@code src/test/fixtures/openslide/make_reference.py};
 * the backend must return the very same pixels.
 */
class OpenSlideReferenceTest {

    private static final String REFERENCE = "/reference/openslide/";

    @BeforeEach
    void needsOpenSlide() {
        OpenSlideInstalled.require();
    }

    @Test
    void readsRegionsExactlyLikeOpenSlidePython() throws Exception {
        JsonNode crops;
        try (InputStream in = getClass().getResourceAsStream(REFERENCE + "crops.json")) {
            crops = new ObjectMapper().readTree(in).get("crops");
        }
        assertThat(crops).isNotEmpty();
        try (Slides slides = Slides.withDefaults()) {
            for (JsonNode crop : crops) {
                Path file = SampleData.root().resolve(crop.get("sample").asText());
                assertThat(sha256(file))
                        .as("%s is the file the reference was made from", file)
                        .isEqualTo(crop.get("sha256").asText());
                RgbImage expected;
                try (InputStream in = getClass()
                        .getResourceAsStream(REFERENCE + crop.get("png").asText())) {
                    expected = RgbImage.of(ImageIO.read(in));
                }
                try (Slide slide = slides.open(file, "openslide")) {
                    RgbImage actual = slide.readRegion(RegionRequest.atLevel(
                            crop.get("level").asInt(),
                            crop.get("x").asLong(),
                            crop.get("y").asLong(),
                            crop.get("width").asInt(),
                            crop.get("height").asInt()));
                    assertThat(actual).as("%s", crop).isEqualTo(expected);
                    assertThat(slide.levels().get(crop.get("level").asInt()).downsample())
                            .isEqualTo(crop.get("downsample").asDouble());
                }
            }
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
