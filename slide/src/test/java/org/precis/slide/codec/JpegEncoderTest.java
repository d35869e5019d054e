package org.precis.slide.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.precis.slide.ImageComparison;
import org.precis.slide.RgbImage;

/**
 * JPEG compression: libjpeg-turbo and the JDK's writer, each readable by the other's decoder,
 * both compressing with libjpeg's defaults so that they give the same pixels back.
 */
class JpegEncoderTest {

    private static final long LIMIT = 1L << 26;

    /** Smooth colour ramps with a little seeded noise: what a tile of tissue compresses like. */
    private static RgbImage ramps(int width, int height) {
        Random random = new Random(7);
        byte[] rgb = new byte[3 * width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = 3 * (y * width + x);
                rgb[i] = (byte) Math.min(255, 40 + x * 180 / Math.max(width, 256) + random.nextInt(8));
                rgb[i + 1] = (byte) Math.min(255, 30 + y * 150 / Math.max(height, 256) + random.nextInt(8));
                rgb[i + 2] =
                        (byte) Math.min(255, 200 - (x + y) * 100 / Math.max(width + height, 512) + random.nextInt(8));
            }
        }
        return new RgbImage(width, height, rgb);
    }

    @Test
    void bothEncodersGiveTheSamePixelsBackAtAnySize() throws Exception {
        try (Codecs system = Codecs.system(LIMIT);
                Codecs java = Codecs.javaOnly(LIMIT)) {
            assertThat(system.jpegEncoder().implementation()).isEqualTo("libjpeg-turbo");
            assertThat(java.jpegEncoder().implementation()).isEqualTo("java-imageio");
            for (int[] size : new int[][] {{256, 256}, {255, 17}, {1, 1}, {3, 300}, {641, 479}}) {
                RgbImage image = ramps(size[0], size[1]);
                for (int quality : new int[] {30, 75, 95}) {
                    byte[] turbo = system.jpegEncoder().encode(image, quality);
                    byte[] jdk = java.jpegEncoder().encode(image, quality);
                    RgbImage fromTurbo = system.jpeg().decode(turbo, turbo.length);
                    RgbImage fromJdk = system.jpeg().decode(jdk, jdk.length);
                    assertThat(fromTurbo)
                            .as("%dx%d at %d", size[0], size[1], quality)
                            .isEqualTo(fromJdk);
                    if (quality >= 75) {
                        assertThat(ImageComparison.of(image, fromTurbo).meanAbsoluteDifference())
                                .as("%dx%d at %d", size[0], size[1], quality)
                                .isLessThan(3.0);
                    }
                    RgbImage byJdk = RgbImage.of(ImageIO.read(new ByteArrayInputStream(turbo)));
                    assertThat(ImageComparison.of(fromTurbo, byJdk).maxAbsoluteDifference())
                            .as("the JDK reads libjpeg-turbo's stream")
                            .isLessThanOrEqualTo(2);
                }
            }
        }
    }

    @Test
    void qualityOutsideOneToHundredIsRefused() {
        try (Codecs system = Codecs.system(LIMIT);
                Codecs java = Codecs.javaOnly(LIMIT)) {
            RgbImage image = ramps(8, 8);
            for (JpegEncoder encoder : new JpegEncoder[] {system.jpegEncoder(), java.jpegEncoder()}) {
                assertThatThrownBy(() -> encoder.encode(image, 0)).isInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> encoder.encode(image, 101)).hasMessageContaining("1 to 100");
            }
        }
    }
}
