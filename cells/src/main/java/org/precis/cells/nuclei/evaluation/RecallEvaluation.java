package org.precis.cells.nuclei.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.precis.cells.nuclei.Nucleus;

/**
 * Recall of annotated nuclei by detected nuclei: annotated points of the nucleus classes are
 * paired one to one with detection centroids closer than the match radius ({@link PointMatching}),
 * and counted by class and overall ({@link #ALL}). Points of other classes (gland lumina and the
 * like) are ignored.
 */
public final class RecallEvaluation {

    /** The class name under which every nucleus class is counted together. */
    public static final String ALL = "all";

    private final Set<String> nucleusClasses;
    private final double radiusPixels;

    /** {@code radiusUm} at {@code mpp} µm/px; {@code nucleusClasses} in the order to report them. */
    public RecallEvaluation(List<String> nucleusClasses, double radiusUm, double mpp) {
        if (nucleusClasses == null || nucleusClasses.isEmpty()) {
            throw new IllegalArgumentException("at least one nucleus class is required");
        }
        if (!(mpp > 0) || !(radiusUm > 0)) {
            throw new IllegalArgumentException("radius and pixel size must be positive: " + radiusUm + " µm, " + mpp);
        }
        this.nucleusClasses = new java.util.LinkedHashSet<>(nucleusClasses);
        this.radiusPixels = radiusUm / mpp;
    }

    /** Recall by class (in the given order) and overall, for one image. */
    public Map<String, ClassRecall> evaluate(List<AnnotatedPoint> annotations, List<Nucleus> detections) {
        List<AnnotatedPoint> nuclei = new ArrayList<>();
        for (AnnotatedPoint point : annotations) {
            if (nucleusClasses.contains(point.className())) {
                nuclei.add(point);
            }
        }
        double[] ax = new double[nuclei.size()];
        double[] ay = new double[nuclei.size()];
        for (int i = 0; i < ax.length; i++) {
            ax[i] = nuclei.get(i).x();
            ay[i] = nuclei.get(i).y();
        }
        double[] dx = new double[detections.size()];
        double[] dy = new double[detections.size()];
        for (int i = 0; i < dx.length; i++) {
            dx[i] = detections.get(i).centroidX();
            dy[i] = detections.get(i).centroidY();
        }
        int[] match = new PointMatching(radiusPixels).match(ax, ay, dx, dy);
        Map<String, ClassRecall> byClass = new LinkedHashMap<>();
        for (String name : nucleusClasses) {
            byClass.put(name, new ClassRecall(name, 0, 0));
        }
        byClass.put(ALL, new ClassRecall(ALL, 0, 0));
        for (int i = 0; i < match.length; i++) {
            ClassRecall one = new ClassRecall(nuclei.get(i).className(), 1, match[i] >= 0 ? 1 : 0);
            byClass.merge(one.className(), one, ClassRecall::plus);
            byClass.merge(ALL, one, ClassRecall::plus);
        }
        return byClass;
    }

    /** Counts added class by class (pooling images). */
    public static Map<String, ClassRecall> pool(List<Map<String, ClassRecall>> images) {
        Map<String, ClassRecall> pooled = new LinkedHashMap<>();
        for (Map<String, ClassRecall> image : images) {
            image.forEach((name, recall) -> pooled.merge(name, recall, ClassRecall::plus));
        }
        return pooled;
    }
}
