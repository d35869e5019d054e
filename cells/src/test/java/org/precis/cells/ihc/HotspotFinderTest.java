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

    /**
     * The bucketed search against every nucleus tested for every centre (the definition), on
     * clustered random nuclei in images of several shapes, including centroids on bucket edges and
     * ties between circles: the same circle, counts and index.
     */
    @Test
    void theBucketedSearchFindsWhatTestingEveryNucleusFinds() {
        java.util.Random random = new java.util.Random(20261207);
        for (int trial = 0; trial < 40; trial++) {
            int width = 200 + random.nextInt(1500);
            int height = 200 + random.nextInt(1500);
            double mpp = 0.2 + random.nextDouble();
            double diameter = (20 + random.nextInt(150)) * mpp;
            int n = random.nextInt(3000);
            double[] x = new double[n];
            double[] y = new double[n];
            boolean[] positive = new boolean[n];
            double cx = random.nextDouble() * width;
            double cy = random.nextDouble() * height;
            for (int i = 0; i < n; i++) {
                boolean clustered = random.nextInt(3) == 0;
                x[i] = clustered ? cx + 40 * random.nextGaussian() : random.nextInt(width + 1);
                y[i] = clustered ? cy + 40 * random.nextGaussian() : random.nextInt(height + 1);
                positive[i] = clustered ? random.nextInt(4) > 0 : random.nextInt(5) == 0;
            }
            java.util.Optional<Hotspot> found = new HotspotFinder(diameter).find(x, y, positive, width, height, mpp);
            java.util.Optional<Hotspot> expected = everyNucleus(x, y, positive, width, height, mpp, diameter);
            assertThat(found).as("trial %d", trial).isEqualTo(expected);
        }
    }

    /** The hot spot by its definition: every centre of the grid, every nucleus. */
    private static java.util.Optional<Hotspot> everyNucleus(
            double[] x, double[] y, boolean[] positive, int width, int height, double mpp, double diameterUm) {
        double radius = diameterUm / 2 / mpp;
        if (2 * radius > width + 1e-9 || 2 * radius > height + 1e-9) {
            return java.util.Optional.empty();
        }
        double step = Math.max(1, 0.1 * 2 * radius);
        int columns = (int) Math.floor((width - 2 * radius) / step + 1e-9) + 1;
        int rows = (int) Math.floor((height - 2 * radius) / step + 1e-9) + 1;
        double x0 = radius + (width - 2 * radius - (columns - 1) * step) / 2;
        double y0 = radius + (height - 2 * radius - (rows - 1) * step) / 2;
        int bestPositive = -1;
        int bestCells = 0;
        double bestX = 0;
        double bestY = 0;
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                double cx = x0 + column * step;
                double cy = y0 + row * step;
                int inside = 0;
                int positives = 0;
                for (int i = 0; i < x.length; i++) {
                    double dx = x[i] - cx;
                    double dy = y[i] - cy;
                    if (dx * dx + dy * dy <= radius * radius) {
                        inside++;
                        positives += positive[i] ? 1 : 0;
                    }
                }
                if (positives > bestPositive || (positives == bestPositive && inside < bestCells)) {
                    bestPositive = positives;
                    bestCells = inside;
                    bestX = cx;
                    bestY = cy;
                }
            }
        }
        return java.util.Optional.of(new Hotspot(
                bestX,
                bestY,
                diameterUm,
                Math.PI * Math.pow(diameterUm / 2000, 2),
                bestCells,
                bestPositive,
                bestCells == 0 ? 0 : 100.0 * bestPositive / bestCells));
    }
}
