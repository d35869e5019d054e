package org.precis.imaging.heatmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ColormapTest {

    @Test
    void endsOfTheScaleAreThePublishedViridisEnds() {
        assertThat(Colormap.VIRIDIS.rgb(0)).isEqualTo(0x440154);
        assertThat(Colormap.VIRIDIS.rgb(1)).isEqualTo(0xFDE725);
    }

    @Test
    void viridisGetsLighterAsTheValueGrows() {
        double previous = -1;
        for (int i = 0; i <= 100; i++) {
            double luminance = luminance(Colormap.VIRIDIS.rgb(i / 100.0));
            assertThat(luminance).as("value %d%%", i).isGreaterThan(previous);
            previous = luminance;
        }
    }

    @Test
    void refusesValuesOutsideTheUnitInterval() {
        assertThatThrownBy(() -> Colormap.REDS.rgb(1.0001)).hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> Colormap.REDS.rgb(Double.NaN)).hasMessageContaining("[0, 1]");
    }

    private static double luminance(int rgb) {
        return 0.2126 * (rgb >> 16 & 0xFF) + 0.7152 * (rgb >> 8 & 0xFF) + 0.0722 * (rgb & 0xFF);
    }
}
