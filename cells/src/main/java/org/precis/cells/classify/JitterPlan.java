package org.precis.cells.classify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.precis.cells.nuclei.CellClass;

/**
 * How many training views each annotated nucleus gives: the patch on the annotated point, and
 * {@code views - 1} more centred on points drawn uniformly within {@code radiusUm} of it, as a
 * detector's centroid would lie. More views for the rare classes balance the classes the way
 * class weights would, with more varied examples.
 */
public record JitterPlan(Map<CellClass, Integer> views, double radiusUm) {

    public JitterPlan {
        views = Map.copyOf(new EnumMap<>(views));
        for (CellClass c : CellClass.values()) {
            Integer v = views.get(c);
            if (v == null || v < 1 || v > 64) {
                throw new IllegalArgumentException("views of class " + c.displayName() + " must be 1..64: " + v);
            }
        }
        if (!(radiusUm >= 0) || radiusUm > 20) {
            throw new IllegalArgumentException("jitter radius must be 0..20 µm: " + radiusUm);
        }
    }

    /** The plan used for the shipped model: 1, 3, 8 and 8 views, within 2 µm. */
    public static JitterPlan standard() {
        return new JitterPlan(
                Map.of(CellClass.TUMOR, 1, CellClass.NON_TUMOR, 3, CellClass.MITOSIS, 8, CellClass.APOPTOSIS, 8), 2.0);
    }

    /** One view a cell, the patch on the annotated point: what a cell feature set for federated training holds. */
    public static JitterPlan annotatedPointOnly() {
        return uniform(1, 0);
    }

    /** {@code views} views for every class, within {@code radiusUm}: the same number per cell. */
    public static JitterPlan uniform(int views, double radiusUm) {
        Map<CellClass, Integer> each = new EnumMap<>(CellClass.class);
        for (CellClass c : CellClass.values()) {
            each.put(c, views);
        }
        return new JitterPlan(each, radiusUm);
    }

    /** The view centres of one annotated cell, the annotated point first. */
    List<double[]> centres(AnnotatedCell cell, double mpp, RandomGenerator random) {
        List<double[]> centres = new ArrayList<>();
        centres.add(new double[] {cell.x(), cell.y()});
        double radiusPx = radiusUm / mpp;
        for (int v = 1; v < views.get(cell.cellClass()); v++) {
            double r = radiusPx * Math.sqrt(random.nextDouble());
            double angle = 2 * Math.PI * random.nextDouble();
            centres.add(new double[] {cell.x() + r * Math.cos(angle), cell.y() + r * Math.sin(angle)});
        }
        return centres;
    }
}
