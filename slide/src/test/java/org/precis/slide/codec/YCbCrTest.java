package org.precis.slide.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YCbCrTest {

    @Test
    void everyYCbCrTripleConvertsAsTheJfifFormulaRoundedAndClamped() {
        int count = 256 * 256;
        int[] luma = new int[count];
        int[] blue = new int[count];
        int[] red = new int[count];
        byte[] rgb = new byte[3 * count];
        for (int y = 0; y < 256; y++) {
            for (int i = 0; i < count; i++) {
                luma[i] = y;
                blue[i] = i >> 8;
                red[i] = i & 0xff;
            }
            YCbCr.toRgb(luma, blue, red, count, rgb);
            for (int i = 0; i < count; i++) {
                double b = (i >> 8) - 128.0;
                double r = (i & 0xff) - 128.0;
                int[] expected = {clamp(y + 1.402 * r), clamp(y - 0.344136 * b - 0.714136 * r), clamp(y + 1.772 * b)};
                int[] actual = {rgb[3 * i] & 0xff, rgb[3 * i + 1] & 0xff, rgb[3 * i + 2] & 0xff};
                if (!java.util.Arrays.equals(expected, actual)) {
                    assertThat(actual)
                            .as("Y %d, Cb %d, Cr %d", y, i >> 8, i & 0xff)
                            .containsExactly(expected);
                }
            }
        }
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }
}
