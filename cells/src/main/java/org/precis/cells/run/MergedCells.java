package org.precis.cells.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.precis.cells.nuclei.Nucleus;
import org.precis.cells.nuclei.NucleusMeasurements;
import org.precis.cells.output.Cell;
import org.precis.cells.output.CellSource;
import org.precis.cells.output.NucleusMeasurement;
import org.precis.imaging.outline.Polygon;
import org.precis.imaging.outline.Ring;
import org.precis.imaging.outline.Vertex;

/**
 * The cells a run writes after a pass over its merged nuclei: the nuclei in the run's order, each
 * with its changed call where the pass changed it, then one detection for each call between two
 * nuclei, outlined by the convex hull of the two nuclei and centred where the call was made. Such
 * a detection is not one nucleus, so it has no nucleus measurements (NaN, written as null or NaN):
 * that, and following the nuclei, is how a reader tells it apart. Only the outlines of the nuclei
 * such calls name are held while the cells are handed on.
 */
final class MergedCells implements CellSource {

    private static final NucleusMeasurements NOT_A_NUCLEUS;

    static {
        double[] none = new double[NucleusMeasurement.values().length];
        Arrays.fill(none, Double.NaN);
        NOT_A_NUCLEUS = NucleusMeasurement.fromValues(none);
    }

    private final CellSource nuclei;
    private final MergedCalls calls;

    MergedCells(CellSource nuclei, MergedCalls calls) {
        this.nuclei = nuclei;
        this.calls = calls;
    }

    @Override
    public void forEach(Sink sink) throws IOException {
        Set<Integer> named = new HashSet<>();
        for (CallBetweenNuclei between : calls.added()) {
            named.add(between.first());
            named.add(between.second());
        }
        Map<Integer, Polygon> outlines = new HashMap<>();
        int[] index = {0};
        nuclei.forEach(cell -> {
            int i = index[0]++;
            if (named.contains(i)) {
                outlines.put(i, cell.nucleus().outline());
            }
            ClassCall changed = calls.changed().get(i);
            sink.accept(
                    changed == null
                            ? cell
                            : new Cell(cell.nucleus(), Optional.of(changed.classification()), changed.probability()));
        });
        for (CallBetweenNuclei between : calls.added()) {
            Polygon first = outlines.get(between.first());
            Polygon second = outlines.get(between.second());
            if (first == null || second == null) {
                throw new IllegalStateException("a call between nuclei " + between.first() + " and " + between.second()
                        + " names a nucleus the run does not have (" + index[0] + " nuclei)");
            }
            sink.accept(new Cell(
                    new Nucleus(hull(first, second), between.x(), between.y(), NOT_A_NUCLEUS),
                    Optional.of(between.call().classification()),
                    between.call().probability()));
        }
    }

    /** The convex hull of the two exteriors (Andrew's monotone chain), counter-clockwise. */
    static Polygon hull(Polygon a, Polygon b) {
        List<Vertex> points = new ArrayList<>(a.exterior().vertices());
        points.addAll(b.exterior().vertices());
        points.sort(Comparator.comparingDouble(Vertex::x).thenComparingDouble(Vertex::y));
        Vertex[] chain = new Vertex[2 * points.size()];
        int k = 0;
        for (Vertex p : points) {
            while (k >= 2 && cross(chain[k - 2], chain[k - 1], p) <= 0) {
                k--;
            }
            chain[k++] = p;
        }
        for (int i = points.size() - 2, lower = k + 1; i >= 0; i--) {
            Vertex p = points.get(i);
            while (k >= lower && cross(chain[k - 2], chain[k - 1], p) <= 0) {
                k--;
            }
            chain[k++] = p;
        }
        return new Polygon(new Ring(Arrays.asList(chain).subList(0, k - 1)), List.of());
    }

    private static double cross(Vertex o, Vertex a, Vertex b) {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    }
}
