package org.precis.cells.classify;

import java.util.ArrayList;
import java.util.List;
import org.precis.cells.nuclei.CellClass;

/**
 * Training views taken from the pair candidates of annotated images ({@link MitosisCandidates}),
 * so that the classifier sees the patches it will be asked about between two nuclei: a pair
 * midpoint within the match radius of an annotated mitosis is a Mitosis view; a pair of two nuclei
 * that both lie within the match radius of annotated non-mitotic nuclei, with no annotated mitosis
 * within twice the radius, is a view of the first nucleus's class (a hard negative: two known
 * non-mitotic nuclei). Other pairs are left out (about half the nuclei carry no annotation). Rows
 * are the candidates' feature rows, shared, never changed; {@code image[i]} is the table's image
 * index, so that cross-validation trains on the views of its training images only.
 */
public record CandidateViews(int[] image, int[] classIndex, double[][] rows) {

    public CandidateViews {
        if (image.length != classIndex.length || image.length != rows.length) {
            throw new IllegalArgumentException("need an image and a class for every view");
        }
    }

    /** No extra views. */
    public static CandidateViews none() {
        return new CandidateViews(new int[0], new int[0], new double[0][]);
    }

    /** The views of the pair candidates of {@code detected} (image i of the table is {@code detected.get(i)}). */
    public static CandidateViews of(List<AnnotatedImage> images, List<DetectedImage> detected) {
        List<Integer> imageOf = new ArrayList<>();
        List<Integer> classes = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < detected.size(); i++) {
            DetectedImage d = detected.get(i);
            List<AnnotatedCell> cells = images.get(i).cells();
            double radius = d.radiusPx();
            for (int k = d.nucleusCount(); k < d.candidates().size(); k++) {
                MitosisCandidate c = d.candidates().get(k);
                double toMitosis = Double.POSITIVE_INFINITY;
                for (double[] m : d.mitoses()) {
                    toMitosis = Math.min(toMitosis, Math.hypot(m[0] - c.x(), m[1] - c.y()));
                }
                int label = -1;
                if (toMitosis < radius) {
                    label = CellClass.MITOSIS.ordinal();
                } else if (toMitosis >= 2 * radius) {
                    AnnotatedCell first = nearest(cells, d.candidates().get(c.first()), radius);
                    AnnotatedCell second = nearest(cells, d.candidates().get(c.second()), radius);
                    if (first != null && second != null) {
                        label = first.cellClass().ordinal();
                    }
                }
                if (label >= 0) {
                    imageOf.add(i);
                    classes.add(label);
                    rows.add(d.rows()[k]);
                }
            }
        }
        return new CandidateViews(
                imageOf.stream().mapToInt(Integer::intValue).toArray(),
                classes.stream().mapToInt(Integer::intValue).toArray(),
                rows.toArray(double[][]::new));
    }

    /** The closest annotated non-mitotic cell within {@code radius} of the nucleus candidate, or null. */
    private static AnnotatedCell nearest(List<AnnotatedCell> cells, MitosisCandidate nucleus, double radius) {
        AnnotatedCell best = null;
        double bestDistance = radius;
        for (AnnotatedCell cell : cells) {
            double distance = Math.hypot(cell.x() - nucleus.x(), cell.y() - nucleus.y());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = cell;
            }
        }
        return best == null || best.cellClass() == CellClass.MITOSIS ? null : best;
    }

    public int size() {
        return image.length;
    }

    /** The rows of the views from the images of {@code cells} of {@code table}. */
    double[][] rowsFor(CellFeatureTable table, int[] cells) {
        java.util.Set<Integer> images = imagesOf(table, cells);
        List<double[]> out = new ArrayList<>();
        for (int v = 0; v < image.length; v++) {
            if (images.contains(image[v])) {
                out.add(rows[v]);
            }
        }
        return out.toArray(double[][]::new);
    }

    /** The classes of the views {@link #rowsFor} gives, in the same order. */
    int[] classesFor(CellFeatureTable table, int[] cells) {
        java.util.Set<Integer> images = imagesOf(table, cells);
        List<Integer> out = new ArrayList<>();
        for (int v = 0; v < image.length; v++) {
            if (images.contains(image[v])) {
                out.add(classIndex[v]);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The same views with only the feature columns of {@code ranges}, joined (as {@link DetectedImage#columns}). */
    CandidateViews columns(List<int[]> ranges) {
        double[][] joined = FeatureBlocks.select(rows, ranges);
        return new CandidateViews(image, classIndex, joined);
    }

    private static java.util.Set<Integer> imagesOf(CellFeatureTable table, int[] cells) {
        java.util.Set<Integer> images = new java.util.HashSet<>();
        for (int c : cells) {
            images.add(table.image()[c]);
        }
        return images;
    }
}
