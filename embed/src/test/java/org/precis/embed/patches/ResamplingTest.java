package org.precis.embed.patches;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.precis.slide.RgbImage;

class ResamplingTest {

    @Test
    void aConstantImageStaysConstantAtAnySize() {
        RgbImage grey = RgbImage.filled(7, 5, 10, 120, 250);
        assertThat(Resampling.resize(grey, 16, 3)).isEqualTo(RgbImage.filled(16, 3, 10, 120, 250));
        assertThat(Resampling.resize(grey, 2, 2)).isEqualTo(RgbImage.filled(2, 2, 10, 120, 250));
    }

    @Test
    void halvingAveragesPairsOfPixels() {
        // A row 0, 100, 200, 40 halved: a triangle of half-width 2 around each output centre,
        // weights renormalised where the image edge cuts it.
        byte[] rgb = new byte[12];
        int[] values = {0, 100, 200, 40};
        for (int x = 0; x < 4; x++) {
            rgb[3 * x] = (byte) values[x];
        }
        RgbImage half = Resampling.resize(new RgbImage(4, 1, rgb), 2, 1);
        // Output 0 centre 1.0: samples 0,1,2 weights 3/4, 3/4, 1/4 -> (0 + 75 + 50) / 1.75 = 71.4
        assertThat(half.rgbAt(0, 0) >> 16).isEqualTo(71);
        // Output 1 centre 3.0: samples 1,2,3 weights 1/4, 3/4, 3/4 -> (25 + 150 + 30) / 1.75 = 117.1
        assertThat(half.rgbAt(1, 0) >> 16).isEqualTo(117);
    }

    @Test
    void theCentreCropKeepsTheMiddle() {
        byte[] rgb = new byte[3 * 16];
        for (int i = 0; i < 16; i++) {
            rgb[3 * i] = (byte) i;
        }
        RgbImage crop = Resampling.centreCrop(new RgbImage(4, 4, rgb), 0.5);
        assertThat(crop.width()).isEqualTo(2);
        assertThat(crop.rgbAt(0, 0) >> 16).isEqualTo(5);
        assertThat(crop.rgbAt(1, 1) >> 16).isEqualTo(10);
    }
}
