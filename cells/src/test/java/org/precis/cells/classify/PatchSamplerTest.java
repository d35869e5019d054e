package org.precis.cells.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.precis.slide.RgbImage;

class PatchSamplerTest {

    private static RgbImage noise(int width, int height, long seed) {
        byte[] rgb = new byte[3 * width * height];
        new SplittableRandom(seed).nextBytes(rgb);
        return new RgbImage(width, height, rgb);
    }

    @Test
    void atTheImagesOwnPixelSizeAPatchIsACrop() {
        RgbImage image = noise(20, 16, 1);
        RgbImage patch = new PatchSampler(8, 0.5).sample(image, 0.5, 10, 9);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                assertThat(patch.rgbAt(x, y)).isEqualTo(image.rgbAt(6 + x, 5 + y));
            }
        }
    }

    @Test
    void beyondTheEdgeThePixelsAreMirrored() {
        RgbImage image = noise(10, 10, 2);
        RgbImage patch = new PatchSampler(4, 1).sample(image, 1, 0, 0);
        // Columns -2, -1, 0, 1 read 1, 0, 0, 1.
        int[] source = {1, 0, 0, 1};
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                assertThat(patch.rgbAt(x, y)).isEqualTo(image.rgbAt(source[x], source[y]));
            }
        }
    }

    @Test
    void shrinkingAUniformImageKeepsItsColourAndCoversTheStatedField() {
        RgbImage image = RgbImage.filled(300, 300, 200, 120, 40);
        PatchSampler sampler = new PatchSampler(128, 0.5);
        assertThat(sampler.fieldUm()).isEqualTo(64.0);
        RgbImage patch = sampler.sample(image, 0.32, 150, 150);
        assertThat(patch.width()).isEqualTo(128);
        for (int y = 0; y < 128; y += 17) {
            for (int x = 0; x < 128; x += 13) {
                assertThat(patch.rgbAt(x, y)).isEqualTo(0xC87828);
            }
        }
        assertThatThrownBy(() -> new PatchSampler(0, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PatchSampler(8, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
