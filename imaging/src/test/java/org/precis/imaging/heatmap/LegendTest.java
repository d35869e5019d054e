package org.precis.imaging.heatmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.precis.slide.RgbImage;

class LegendTest {

    @Test
    void keepsTheImageAndDrawsEachSwatchInItsColourBelowIt() {
        RgbImage image = RgbImage.filled(300, 100, 10, 20, 30);
        RgbImage withLegend = new Legend(List.of(new LegendEntry("a", 0xE69F00), new LegendEntry("b", 0x56B4E9)),
                "made by a test").below(image);
        assertThat(withLegend.width()).isEqualTo(300);
        assertThat(withLegend.height()).isGreaterThan(100);
        for (int y = 0; y < 100; y += 7) {
            for (int x = 0; x < 300; x += 7) {
                assertThat(withLegend.rgbAt(x, y)).isEqualTo(image.rgbAt(x, y));
            }
        }
        assertThat(count(withLegend, 0xE69F00)).as("first swatch, 14 x 14").isEqualTo(14 * 14);
        assertThat(count(withLegend, 0x56B4E9)).as("second swatch").isEqualTo(14 * 14);
    }

    private static int count(RgbImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                n += image.rgbAt(x, y) == rgb ? 1 : 0;
            }
        }
        return n;
    }
}
