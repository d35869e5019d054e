package org.precis.cells.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.precis.cells.nuclei.CellClass;
import org.precis.embed.EncoderException;
import org.precis.slide.RgbImage;

/**
 * The feature rows of annotated cells: for each cell its image (the group cross-validation keeps
 * together), its class, and its views' rows ({@code views[i][0]} on the annotated point, the rest
 * jittered). Rows are shared between tables made by {@link #columns}, never changed.
 */
public record CellFeatureTable(int[] image, int[] classIndex, double[][][] views, List<String> imageNames) {

    public CellFeatureTable {
        if (image.length != classIndex.length || image.length != views.length) {
            throw new IllegalArgumentException("need an image, a class and views for every cell");
        }
        imageNames = List.copyOf(imageNames);
    }

    /** Embeds every annotated cell of {@code images} (pixel size {@code mpp}) with its jittered views. */
    public static CellFeatureTable extract(
            List<AnnotatedImage> images, CellFeatures features, JitterPlan jitter, double mpp, RandomGenerator random)
            throws java.io.IOException, EncoderException {
        List<Integer> imageOf = new ArrayList<>();
        List<Integer> classes = new ArrayList<>();
        List<double[][]> views = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            AnnotatedImage annotated = images.get(i);
            names.add(annotated.name());
            RgbImage pixels = PlainImages.read(annotated.image());
            List<double[]> centres = new ArrayList<>();
            List<Integer> counts = new ArrayList<>();
            for (AnnotatedCell cell : annotated.cells()) {
                List<double[]> cellCentres = jitter.centres(cell, mpp, random);
                centres.addAll(cellCentres);
                counts.add(cellCentres.size());
            }
            double[][] rows = features.of(pixels, mpp, centres);
            int next = 0;
            for (int c = 0; c < annotated.cells().size(); c++) {
                double[][] cellViews = new double[counts.get(c)][];
                for (int v = 0; v < cellViews.length; v++) {
                    cellViews[v] = rows[next++];
                }
                imageOf.add(i);
                classes.add(annotated.cells().get(c).cellClass().ordinal());
                views.add(cellViews);
            }
        }
        return new CellFeatureTable(
                imageOf.stream().mapToInt(Integer::intValue).toArray(),
                classes.stream().mapToInt(Integer::intValue).toArray(),
                views.toArray(double[][][]::new),
                names);
    }

    public int size() {
        return image.length;
    }

    public int classCount() {
        return CellClass.values().length;
    }

    /** The same cells with only the feature columns {@code from..to-1}. */
    public CellFeatureTable columns(int from, int to) {
        double[][][] sliced = new double[views.length][][];
        for (int i = 0; i < views.length; i++) {
            sliced[i] = new double[views[i].length][];
            for (int v = 0; v < views[i].length; v++) {
                sliced[i][v] = java.util.Arrays.copyOfRange(views[i][v], from, to);
            }
        }
        return new CellFeatureTable(image, classIndex, sliced, imageNames);
    }

    /** The same cells with the columns of several ranges {@code {from, to}} joined in order. */
    public CellFeatureTable columns(List<int[]> ranges) {
        double[][][] joined = new double[views.length][][];
        for (int i = 0; i < views.length; i++) {
            joined[i] = new double[views[i].length][];
            for (int v = 0; v < views[i].length; v++) {
                int width = 0;
                for (int[] r : ranges) {
                    width += r[1] - r[0];
                }
                double[] row = new double[width];
                int at = 0;
                for (int[] r : ranges) {
                    System.arraycopy(views[i][v], r[0], row, at, r[1] - r[0]);
                    at += r[1] - r[0];
                }
                joined[i][v] = row;
            }
        }
        return new CellFeatureTable(image, classIndex, joined, imageNames);
    }

    /** Every view's row of the cells at {@code cells}, and the class of each, for training. */
    double[][] trainingRows(int[] cells) {
        List<double[]> rows = new ArrayList<>();
        for (int c : cells) {
            for (double[] row : views[c]) {
                rows.add(row);
            }
        }
        return rows.toArray(double[][]::new);
    }

    int[] trainingClasses(int[] cells) {
        List<Integer> classes = new ArrayList<>();
        for (int c : cells) {
            for (int v = 0; v < views[c].length; v++) {
                classes.add(classIndex[c]);
            }
        }
        return classes.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The row on the annotated point of each cell at {@code cells}. */
    double[][] pointRows(int[] cells) {
        double[][] rows = new double[cells.length][];
        for (int i = 0; i < cells.length; i++) {
            rows[i] = views[cells[i]][0];
        }
        return rows;
    }
}
