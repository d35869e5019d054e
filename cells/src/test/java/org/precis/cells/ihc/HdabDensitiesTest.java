package org.precis.cells.ihc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.precis.imaging.outline.Polygon;
import org.precis.imaging.outline.Ring;
import org.precis.imaging.outline.Vertex;
import org.precis.slide.RgbImage;

class HdabDensitiesTest {

    /** Pixels of known haematoxylin and DAB, drawn with the standard vectors against white 255. */
    private static RgbImage drawn(int width, int height, double h, double dab) {
        double[] hv = {
            HdabStains.STANDARD.haematoxylin().red(),
            HdabStains.STANDARD.haematoxylin().green(),
            HdabStains.STANDARD.haematoxylin().blue()
        };
        double[] dv = {
            HdabStains.STANDARD.dab().red(),
            HdabStains.STANDARD.dab().green(),
            HdabStains.STANDARD.dab().blue()
        };
        byte[] rgb = new byte[3 * width * height];
        for (int p = 0; p < width * height; p++) {
            for (int c = 0; c < 3; c++) {
                rgb[3 * p + c] = (byte) Math.round(255 * Math.pow(10, -(h * hv[c] + dab * dv[c])));
            }
        }
        return new RgbImage(width, height, rgb);
    }

    @Test
    void separatesKnownAmountsOfHaematoxylinAndDab() {
        StainEstimate standard = new StainEstimate(WhitePoint.FULL_SCALE, HdabStains.STANDARD, List.of());
        HdabDensities densities = HdabDensities.of(drawn(8, 8, 0.3, 0.6), standard);
        // 8-bit rounding of intensities near 100 of 255 moves OD by up to 0.5 / 100 / ln 10 per channel
        assertThat(densities.haematoxylinAt(3, 3)).isCloseTo(0.3, within(0.01));
        assertThat(densities.dabAt(3, 3)).isCloseTo(0.6, within(0.01));
    }

    @Test
    void measuresTheMeanDabInsideAnOutline() {
        StainEstimate standard = new StainEstimate(WhitePoint.FULL_SCALE, HdabStains.STANDARD, List.of());
        RgbImage image = drawn(40, 40, 0.2, 0.5);
        HdabDensities densities = HdabDensities.of(image, standard);
        Polygon square = new Polygon(
                new Ring(List.of(new Vertex(10, 10), new Vertex(20, 10), new Vertex(20, 20), new Vertex(10, 20))),
                List.of());
        NuclearStain stain = densities.measure(square);
        assertThat(stain.pixels()).isEqualTo(100);
        assertThat(stain.dabMean()).isCloseTo(densities.dabAt(15, 15), within(1e-6));
        assertThat(stain.haematoxylinMean()).isCloseTo(densities.haematoxylinAt(15, 15), within(1e-6));
    }

    @Test
    void theNuclearStainImageShowsHaematoxylinPlusDabUpToTheCap() {
        StainEstimate standard = new StainEstimate(WhitePoint.FULL_SCALE, HdabStains.STANDARD, List.of());
        HdabDensities brown = HdabDensities.of(drawn(4, 4, 0.1, 0.2), standard);
        HdabDensities blue = HdabDensities.of(drawn(4, 4, 0.3, 0.0), standard);
        // haematoxylin 0.1 + DAB 0.2 reads as 0.3 of haematoxylin, like a blue nucleus of 0.3
        RgbImage fromBrown = brown.nuclearStainImage(1.0);
        RgbImage fromBlue = blue.nuclearStainImage(1.0);
        for (int c = 0; c < 3; c++) {
            assertThat(fromBrown.rgb()[c] & 0xff).isCloseTo(fromBlue.rgb()[c] & 0xff, within(2));
        }
        RgbImage capped = brown.nuclearStainImage(0.15);
        assertThat(capped.rgb()[0] & 0xff).isEqualTo((int) Math.round(255 * Math.pow(10, -0.15 * 0.65)));
    }
}
