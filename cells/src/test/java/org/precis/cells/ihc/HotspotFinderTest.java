package org.precis.cells.ihc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.precis.cells.nuclei.Nucleus;
import org.precis.cells.nuclei.NucleusMeasurements;
import org.precis.imaging.outline.Polygon;
import org.precis.imaging.outline.Ring;
import org.precis.imaging.outline.Vertex;

class HotspotFinderTest {

    private static ScoredCell cell(double x, double y, boolean positive) {
        Polygon square = new Polygon(
                new Ring(List.of(
                        new Vertex(x - 2, y - 2),
                        new Vertex(x + 2, y - 2),
                        new Vertex(x + 2, y + 2),
                        new Vertex(x - 2, y + 2))),
                List.of());
        NucleusMeasurements m = new NucleusMeasurements(16, 16, 0.8, 1, 4, 4, 0.1, 0.2, 0.01, 0, 0, 0, 0);
        return new ScoredCell(
                new Nucleus(square, x, y, m),
                new NuclearStain(0.1, 0.2, 0.05, positive ? 0.5 : 0, positive ? 0.7 : 0, 16),
                positive ? IntensityBin.STRONG : IntensityBin.NEGATIVE);
    }

    @Test
    void findsTheCircleWithTheMostPositiveNuclei() {
        List<ScoredCell> cells = new ArrayList<>();
        // a lattice of negative nuclei every 20 px over 1000 x 1000 px
        for (int y = 10; y < 1000; y += 20) {
            for (int x = 10; x < 1000; x += 20) {
                boolean inCluster = Math.hypot(x - 750, y - 250) < 80;
                cells.add(cell(x, y, inCluster));
            }
        }
        // 100 µm circle at 0.5 µm/px: radius 100 px
        Hotspot hotspot = new HotspotFinder(100).find(cells, 1000, 1000, 0.5).orElseThrow();
        long clusterPositives = cells.stream().filter(ScoredCell::positive).count();
        assertThat(hotspot.positive()).isEqualTo((int) clusterPositives);
        assertThat(hotspot.centreX()).isCloseTo(750, within(20.0));
        assertThat(hotspot.centreY()).isCloseTo(250, within(20.0));
        assertThat(hotspot.areaMm2()).isCloseTo(Math.PI * 0.05 * 0.05, within(1e-12));
        assertThat(hotspot.positivePercent()).isCloseTo(100.0 * hotspot.positive() / hotspot.cells(), within(1e-12));
    }

    @Test
    void noHotspotWhenTheImageIsSmallerThanTheCircle() {
        assertThat(new HotspotFinder(500).find(List.of(cell(10, 10, true)), 1000, 1000, 0.25))
                .isEmpty();
    }
}
