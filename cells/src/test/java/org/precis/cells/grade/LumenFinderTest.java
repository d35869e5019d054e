package org.precis.cells.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.precis.cells.nuclei.CellClass;
import org.precis.slide.RgbImage;

class LumenFinderTest {

    /** A pink 200 x 200 px field at 0.5 µm/px with a white disc of radius 15 px at (cx, cy). */
    private static RgbImage field(int cx, int cy) {
        byte[] rgb = new byte[3 * 200 * 200];
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 200; x++) {
                boolean lumen = Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= 15;
                int i = 3 * (y * 200 + x);
                rgb[i] = (byte) (lumen ? 245 : 200);
                rgb[i + 1] = (byte) (lumen ? 245 : 110);
                rgb[i + 2] = (byte) (lumen ? 245 : 160);
            }
        }
        return new RgbImage(200, 200, rgb);
    }

    private static List<GradedNucleus> ring(double cxUm, double cyUm, double radiusUm, CellClass cellClass) {
        List<GradedNucleus> nuclei = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            double angle = 2 * Math.PI * k / 8;
            nuclei.add(new GradedNucleus(
                    cxUm + radiusUm * Math.cos(angle),
                    cyUm + radiusUm * Math.sin(angle),
                    cellClass,
                    OptionalDouble.empty()));
        }
        return nuclei;
    }

    @Test
    void findsABrightSpaceRingedByTumourCells() {
        List<Lumen> lumina = new LumenFinder().find(field(100, 100), 0.5, ring(50, 50, 12, CellClass.TUMOR));
        assertThat(lumina).hasSize(1);
        assertThat(lumina.get(0).xUm()).isCloseTo(50, within(0.01));
        assertThat(lumina.get(0).yUm()).isCloseTo(50, within(0.01));
        // About π 15² px at 0.25 µm² each.
        assertThat(lumina.get(0).areaUm2()).isCloseTo(Math.PI * 15 * 15 * 0.25, within(5.0));
    }

    @Test
    void ignoresSpacesWithoutATumourRingOrOpenToTheEdge() {
        assertThat(new LumenFinder().find(field(100, 100), 0.5, ring(50, 50, 12, CellClass.NON_TUMOR)))
                .isEmpty();
        assertThat(new LumenFinder().find(field(100, 100), 0.5, List.of())).isEmpty();
        assertThat(new LumenFinder().find(field(5, 100), 0.5, ring(2.5, 50, 12, CellClass.TUMOR)))
                .isEmpty();
    }
}
